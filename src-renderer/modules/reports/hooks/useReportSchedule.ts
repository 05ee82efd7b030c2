import { formatPeriodLabel } from '@shared/i18n/formatPeriodLabel';
import type { ReportRun, ReportSchedule, ReportScheduleSettings } from '@shared/contract/schemas/reportSchedule';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { desktopBridge } from '../../../platform/desktopBridge';
import { unwrapEnvelope } from '../../../platform/unwrapEnvelope';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useBusyTask } from '../../../ui/useBusyTask';
import { useSavesInOrder } from '../../../ui/useSavesInOrder';
import { useLanguage } from '../../../platform/useLanguage';

/** The schedule's settings; a language never chosen is the page's own (`uiLanguage`). */
const settingsOf = (
  schedule: ReportSchedule,
  uiLanguage: ReportScheduleSettings['language'],
): ReportScheduleSettings => ({
  enabled: schedule.enabled,
  weekday: schedule.weekday,
  time: schedule.time,
  formats: schedule.formats,
  language: schedule.language ?? uiLanguage,
  ownerId: schedule.ownerId,
  pipelineId: schedule.pipelineId,
});

/**
 * The schedule of the weekly report on this device: each change shows and is saved at once; "Save now"
 * writes last week's files and says how it went; "Choose folder…" asks main (the desktop's folder
 * dialog), since the page may never name a folder itself.
 */
export const useReportSchedule = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useClient();
  const push = useToastStore((state) => state.push);
  const query = useLiveQuery('reportSchedule.get', {}, ['report_schedule', 'settings']);
  const { busy, run: work } = useBusyTask<'save' | 'run' | 'folder'>(query.refetch);
  const schedule = query.data;

  // The editable part shows each change at once, and the changes are saved in their order, each
  // built on the one before (not on the loaded schedule, which catches up only after its refetch).
  const stored = useMemo(() => (schedule ? settingsOf(schedule, language) : null), [schedule, language]);
  const { shown: settings, save: saveInOrder } = useSavesInOrder(stored);
  const save = useCallback(
    (patch: Partial<ReportScheduleSettings>) => {
      if (settings === null) return Promise.resolve(false);
      const next = { ...settings, ...patch };
      return saveInOrder(next, async () => {
        let saved = false;
        await work('save', async () => {
          await client.call('reportSchedule.set', next);
          saved = true;
        });
        return saved;
      });
    },
    [client, saveInOrder, settings, work],
  );

  const announce = useCallback(
    (run: ReportRun) =>
      push(
        run.problem === null
          ? {
              tone: 'success',
              message: t('reportsPage.schedule.written', {
                week: formatPeriodLabel(run.week, language, t),
                files: run.files.join(', '),
              }),
            }
          : {
              tone: 'error',
              message: t(`reportsPage.schedule.problems.${run.problem}`),
              ...(run.detail ? { detail: run.detail } : {}),
            },
      ),
    [push, t, language],
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

  return { schedule, settings, failed: query.failed, busy, save, runNow, chooseFolder };
};
