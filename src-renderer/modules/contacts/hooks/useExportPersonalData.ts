import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useReportDownloadError } from '../../../ui/toasts/useReportDownloadError';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { saveOrDownload } from '../../../platform/saveOrDownload';

/**
 * Saves everything held about a person as a JSON file: the desktop app through main's save dialog
 * (the page sends only the contact's id, never a path), the browser shell as a download.
 */
export const useExportPersonalData = () => {
  const { t } = useTranslation();
  const client = useClient();
  const reportDownloadError = useReportDownloadError();
  const push = useToastStore((state) => state.push);
  return useCallback(
    async (id: string) => {
      try {
        const outcome = await saveOrDownload(
          (bridge) => bridge.savePersonalData({ id }),
          () => client.call('contacts.personalDataFile', { id }),
        );
        if (outcome === null) return;
        const message =
          outcome.how === 'saved'
            ? t('contactErase.exportSaved', { fileName: outcome.fileName })
            : t('contactErase.exportDownloaded', { fileName: outcome.fileName });
        push({ tone: 'success', message });
      } catch (error) {
        reportDownloadError(error);
      }
    },
    [client, push, reportDownloadError, t],
  );
};
