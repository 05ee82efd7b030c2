import type { SyncFolderSettings, SyncFolderStatus } from '@shared/contract/schemas/syncFolder';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { desktopBridge } from '../../../platform/desktopBridge';
import { unwrapEnvelope } from '../../../platform/unwrapEnvelope';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useBusyTask } from '../../../ui/useBusyTask';
import { useSavesInOrder } from '../../../ui/useSavesInOrder';

export type SharedFolderBusy = 'save' | 'run' | 'folder';

/**
 * The shared folder on this device: saves each change at once, "Sync now" runs one exchange and
 * says how it went, "Choose folder…" asks main (the desktop's folder dialog): the page never names
 * a folder. Refreshed when the folder state or this device's records change (what waits to go out).
 */
export const useSharedFolder = () => {
  const { t } = useTranslation();
  const client = useClient();
  const push = useToastStore((state) => state.push);
  const query = useLiveQuery('syncFolder.get', {}, ['sync_folder', 'deals', 'companies', 'contacts', 'activities']);
  const { busy, run: work } = useBusyTask<SharedFolderBusy>(query.refetch);
  const status = query.data;

  // Automatic exchange and its interval show each change at once and are saved in their order,
  // each built on the one before (not on the loaded status, which catches up only after its reload:
  // a change made meanwhile would send the other setting back as it was).
  const stored = useMemo(
    () => (status ? { enabled: status.enabled, intervalSeconds: status.intervalSeconds } : null),
    [status],
  );
  const { shown: settings, save: saveInOrder } = useSavesInOrder(stored);
  const save = useCallback(
    (patch: Partial<SyncFolderSettings>) => {
      if (settings === null) return Promise.resolve(false);
      const body: SyncFolderSettings = { ...settings, ...patch };
      return saveInOrder({ enabled: body.enabled, intervalSeconds: body.intervalSeconds }, async () => {
        let saved = false;
        await work('save', async () => {
          await client.call('syncFolder.set', body);
          saved = true;
        });
        return saved;
      });
    },
    [client, saveInOrder, settings, work],
  );

  const announce = useCallback(
    (after: SyncFolderStatus) => {
      const run = after.lastRun;
      if (run === null) return;
      push(
        run.problem === null
          ? { tone: 'success', message: t('syncFolder.done', { written: run.written, applied: run.applied }) }
          : {
              tone: 'error',
              message: t(`syncFolder.problems.${run.problem}`),
              ...(run.detail ? { detail: run.detail } : {}),
            },
      );
    },
    [push, t],
  );

  const syncNow = useCallback(
    () =>
      work('run', async () => {
        announce(await client.call('syncFolder.runNow', {}));
      }),
    [announce, client, work],
  );

  const chooseFolder = useCallback(
    () =>
      work('folder', async () => {
        const bridge = desktopBridge();
        if (bridge) unwrapEnvelope(await bridge.chooseSyncFolder());
      }),
    [work],
  );

  return { status, settings, failed: query.failed, busy, save, syncNow, chooseFolder };
};
