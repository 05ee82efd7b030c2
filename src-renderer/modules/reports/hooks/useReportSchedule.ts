import { RpcFailure } from '@shared/contract/createClient';
import type { ReportRun, ReportSchedule, ReportScheduleSettings } from '@shared/contract/schemas/reportSchedule';
import type { VoronkaBridge } from '@shared/contract/VoronkaBridge';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';

const bridgeOf = (): VoronkaBridge | undefined => (window as { voronka?: VoronkaBridge }).voronka;

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
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const query = useLiveQuery('reportSchedule.get', {}, ['report_schedule', 'settings']);
  const [busy, setBusy] = useState<'save' | 'run' | 'folder' | null>(null);
  const schedule = query.data;

  const work = useCallback(
    async (kind: 'save' | 'run' | 'folder', task: () => Promise<void>) => {
      setBusy(kind);
      try {
        await task();
      } catch (error) {
        reportError(error);
      } finally {
        setBusy(null);
        query.refetch();
      }
    },
    [query, reportError],
  );

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
        const bridge = bridgeOf();
        if (!bridge) return;
        const envelope = await bridge.chooseReportFolder();
        if (!envelope.ok) throw new RpcFailure(envelope.error);
      }),
    [work],
  );

  return { schedule, failed: query.failed, busy, save, runNow, chooseFolder };
};
