import { RpcFailure } from '@shared/contract/createClient';
import type { SyncFolderSettings, SyncFolderStatus } from '@shared/contract/schemas/syncFolder';
import type { VoronkaBridge } from '@shared/contract/VoronkaBridge';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';

const bridgeOf = (): VoronkaBridge | undefined => (window as { voronka?: VoronkaBridge }).voronka;

export type SharedFolderBusy = 'save' | 'run' | 'folder' | null;

/**
 * The shared folder on this device: saves each change at once, "Sync now" runs one exchange and
 * says how it went, "Choose folder…" asks main (the desktop's folder dialog): the page never names
 * a folder. Refreshed when the folder state or this device's records change (what waits to go out).
 */
export const useSharedFolder = () => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const query = useLiveQuery('syncFolder.get', {}, ['sync_folder', 'deals', 'companies', 'contacts', 'activities']);
  const [busy, setBusy] = useState<SharedFolderBusy>(null);
  const status = query.data;

  const work = useCallback(
    async (kind: Exclude<SharedFolderBusy, null>, task: () => Promise<void>) => {
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
        const bridge = bridgeOf();
        if (!bridge) return;
        const envelope = await bridge.chooseSyncFolder();
        if (!envelope.ok) throw new RpcFailure(envelope.error);
      }),
    [work],
  );

  return { status, failed: query.failed, busy, save, syncNow, chooseFolder };
};
