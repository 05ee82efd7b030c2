import { RpcFailure } from '@shared/contract/createClient';
import type { PushEvent } from '@shared/contract/pushEvents';
import { isBundleProblem, type SyncExportInput } from '@shared/contract/schemas/sync';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { isConnectionLost } from '../../../platform/connection/isConnectionLost';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { readFileBase64 } from '../../../ui/readFileBase64';
import { saveOrDownload } from '../../../platform/saveOrDownload';

export type SyncProgress = Extract<PushEvent, { type: 'sync.progress' }>;

/**
 * Saving a bundle (the desktop app: main's save dialog writes it; the browser shell: a download)
 * and importing one (the picked file's bytes, never a path), with the import's progress from
 * `sync.progress` and a cancel. A refused file says why in the user's language.
 */
export const useSyncBundle = (onDone: () => void) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [progress, setProgress] = useState<SyncProgress | null>(null);

  useEffect(
    () =>
      client.subscribe((event) => {
        if (event.type === 'sync.progress')
          setProgress(event.phase === 'done' || event.phase === 'failed' ? null : event);
      }),
    [client],
  );

  const fail = useCallback(
    (error: unknown, action: 'export' | 'import') => {
      const reason = error instanceof RpcFailure ? error.error.params?.reason : undefined;
      if (isBundleProblem(reason)) push({ tone: 'error', message: t(`sync.problems.${reason}`) });
      // The generic «changes not saved» is wrong for both: an export saves nothing (a file was
      // being made), and an import the core already holds runs on to its end when the page loses
      // the connection (a host stopping finishes it first): say what is known.
      else if (isConnectionLost(error))
        push({
          tone: 'error',
          message: t(`sync.${action}Unreachable.message`),
          detail: t(`sync.${action}Unreachable.advice`),
        });
      else if (error instanceof RpcFailure && error.error.code === 'CANCELLED')
        push({ tone: 'info', message: t('sync.cancelled') });
      else reportError(error);
    },
    [push, reportError, t],
  );

  const run = async (action: 'export' | 'import', work: () => Promise<string | null>) => {
    setBusy(action);
    try {
      const message = await work();
      if (message) push({ tone: 'success', message });
      onDone();
    } catch (error) {
      fail(error, action);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const exportBundle = (input: SyncExportInput) =>
    run('export', async () => {
      const outcome = await saveOrDownload(
        (bridge) => bridge.saveSyncBundle(input),
        () => client.call('sync.exportBundle', input),
      );
      if (outcome === null) return null;
      return outcome.how === 'saved'
        ? t('sync.savedFile', { fileName: outcome.fileName })
        : t('sync.exported', { fileName: outcome.fileName, count: outcome.file.messageCount });
    });

  const importBundle = (file: File, passphrase: string) =>
    run('import', async () => {
      const base64 = await readFileBase64(file);
      const result = await client.call('sync.importBundle', {
        fileName: file.name,
        base64,
        ...(passphrase === '' ? {} : { passphrase }),
      });
      const who = result.actorName ?? result.deviceId;
      return result.conflicts > 0
        ? t('sync.importedConflicts', { who, applied: result.applied, conflicts: result.conflicts })
        : t('sync.imported', { who, applied: result.applied, duplicates: result.duplicates });
    });

  const cancel = () => void client.call('sync.cancelImport', {}).catch(reportError);

  return { busy, progress, exportBundle, importBundle, cancel };
};
