import type { ReportRun, ReportSchedule, ReportScheduleSettings } from '@shared/contract/schemas/reportSchedule';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { desktopBridge } from '../../../platform/desktopBridge';
import { unwrapEnvelope } from '../../../platform/unwrapEnvelope';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useBusyTask } from '../../../ui/useBusyTask';

const settingsOf = (schedule: ReportSchedule): ReportScheduleSettings => ({
  enabled: schedule.enabled,
  weekday: schedule.weekday,
  time: schedule.time,
  formats: schedule.formats,
  language: schedule.language,
  ownerId: schedule.ownerId,
  pipelineId: schedule.pipelineId,
});

/**
 * The schedule of the weekly report on this device: each change is saved at once; "Save now"
 * writes last week's files and says how it went; "Choose folder…" asks main (the desktop's folder
 * dialog), since the page may never name a folder itself.
 */
export const useReportSchedule = () => {
  const { t } = useTranslation();
  const client = useClient();
  const push = useToastStore((state) => state.push);
  const query = useLiveQuery('reportSchedule.get', {}, ['report_schedule', 'settings']);
  const { busy, run: work } = useBusyTask<'save' | 'run' | 'folder'>(query.refetch);
  const schedule = query.data;

  // What was last sent: a second change made before the refetch lands builds on it, not on stale data.
  const sent = useRef<ReportScheduleSettings | null>(null);
  useEffect(() => {
    // The core's answer has caught up: from now on the loaded schedule is the base again.
    if (schedule && JSON.stringify(settingsOf(schedule)) === JSON.stringify(sent.current)) sent.current = null;
  }, [schedule]);
  const save = useCallback(
    (patch: Partial<ReportScheduleSettings>) => {
      if (schedule === null) return Promise.resolve();
      const next = { ...(sent.current ?? settingsOf(schedule)), ...patch };
      sent.current = next;
      return work('save', async () => {
        try {
          await client.call('reportSchedule.set', next);
        } catch (error) {
          sent.current = null;
          throw error;
        }
      });
    },
    [client, schedule, work],
  );

  const announce = useCallback(
    (run: ReportRun) =>
      push(
        run.problem === null
          ? {
              tone: 'success',
              message: t('reportsPage.schedule.written', { week: run.week, files: run.files.join(', ') }),
            }
          : {
              tone: 'error',
              message: t(`reportsPage.schedule.problems.${run.problem}`),
              ...(run.detail ? { detail: run.detail } : {}),
            },
      ),
    [push, t],
  );

  const runNow = useCallback(
    () =>
      work('run', async () => {
        announce(await client.call('reportSchedule.runNow', {}));
      }),
    [announce, client, work],
  );

  const chooseFolder = useCallback(
    () =>
      work('folder', async () => {
        const bridge = desktopBridge();
        if (bridge) unwrapEnvelope(await bridge.chooseReportFolder());
      }),
    [work],
  );

  return { schedule, failed: query.failed, busy, save, runNow, chooseFolder };
};
