import type { SyncFolderSettings, SyncFolderStatus } from '@shared/contract/schemas/syncFolder';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { desktopBridge } from '../../../platform/desktopBridge';
import { unwrapEnvelope } from '../../../platform/unwrapEnvelope';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useBusyTask } from '../../../ui/useBusyTask';

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

  const save = useCallback(
    (patch: Partial<SyncFolderSettings>) => {
      if (status === null) return Promise.resolve();
      const next: SyncFolderSettings = { enabled: status.enabled, intervalSeconds: status.intervalSeconds, ...patch };
      return work('save', async () => {
        await client.call('syncFolder.set', next);
      });
    },
    [client, status, work],
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

  return { status, failed: query.failed, busy, save, syncNow, chooseFolder };
};
