import { RpcFailure } from '@shared/contract/createClient';
import { isBackupProblem, type BackupEntry, type BackupRestoreInput } from '@shared/contract/schemas/backup';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useReportDownloadError } from '../../../ui/toasts/useReportDownloadError';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { saveOrDownload } from '../../../platform/saveOrDownload';

export type BackupAction = 'create' | 'download' | 'restore';

/** What the user picked to restore: a backup from the list, or an uploaded file (browser shell). */
export type RestoreChoice =
  { kind: 'backup'; entry: BackupEntry } | { kind: 'upload'; fileName: string; base64: string; bytes: number };

const inputOf = (choice: RestoreChoice): BackupRestoreInput =>
  choice.kind === 'backup'
    ? { source: { kind: 'backup', name: choice.entry.name } }
    : { source: { kind: 'upload', fileName: choice.fileName, base64: choice.base64 } };

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

  const restore = (choice: RestoreChoice) =>
    run('restore', async () => {
      await client.call('backup.restore', inputOf(choice));
      // A listed backup by the list's time (the workspace's zone), not its file name's UTC time.
      return choice.kind === 'backup'
        ? t('settings.backup.restored.backup', { when: dates.instant(choice.entry.createdAt, 'dateTime') })
        : t('settings.backup.restored.upload', { fileName: choice.fileName });
    });

  return { busy, create, download, restore };
};
