import { RpcFailure } from '@shared/contract/createClient';
import { isBackupProblem, type BackupRestoreInput } from '@shared/contract/schemas/backup';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useReportDownloadError } from '../../../ui/toasts/useReportDownloadError';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { saveOrDownload } from '../../../platform/saveOrDownload';

export type BackupAction = 'create' | 'download' | 'restore';

/**
 * Back up now, download a backup (the desktop app: main's save dialog copies a fresh backup; the
 * browser shell: a fresh backup's bytes as a download) and restore. A refused restore says why in
 * the user's language (damaged, not a Voronka file, …).
 */
export const useBackupActions = (onDone: () => void) => {
  const { t } = useTranslation();
  const client = useClient();
  const dates = useDateFormat();
  const reportError = useReportError();
  const reportDownloadError = useReportDownloadError();
  const push = useToastStore((state) => state.push);
  const [busy, setBusy] = useState<BackupAction | null>(null);

  const fail = useCallback(
    (error: unknown, action: BackupAction) => {
      const reason = error instanceof RpcFailure ? error.error.params?.reason : undefined;
      if (isBackupProblem(reason)) push({ tone: 'error', message: t(`backupProblems.${reason}`) });
      else if (action === 'download') reportDownloadError(error);
      else reportError(error);
    },
    [push, reportDownloadError, reportError, t],
  );

  const run = useCallback(
    async (action: BackupAction, work: () => Promise<string | null>) => {
      setBusy(action);
      try {
        const message = await work();
        if (message) push({ tone: 'success', message });
        onDone();
      } catch (error) {
        fail(error, action);
      } finally {
        setBusy(null);
      }
    },
    [fail, onDone, push],
  );

  const create = () =>
    run('create', async () => {
      const entry = await client.call('backup.create', { kind: 'manual' });
      // The time as the list shows it (the workspace's zone), not the file's name with its UTC time.
      return t('settings.backup.created', { when: dates.instant(entry.createdAt, 'dateTime') });
    });

  const download = () =>
    run('download', async () => {
      const outcome = await saveOrDownload(
        (bridge) => bridge.saveBackup(),
        async () => {
          const entry = await client.call('backup.create', { kind: 'manual' });
          return client.call('backup.download', { name: entry.name });
        },
      );
      if (outcome === null) return null;
      return outcome.how === 'saved'
        ? t('settings.backup.saved', { fileName: outcome.fileName })
        : t('settings.backup.downloaded', { fileName: outcome.fileName });
    });

  const restore = (input: BackupRestoreInput) =>
    run('restore', async () => {
      const result = await client.call('backup.restore', input);
      return t('settings.backup.restored', { name: result.restoredFrom });
    });

  return { busy, create, download, restore };
};
