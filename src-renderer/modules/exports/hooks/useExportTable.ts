import type { TableExportInput } from '@shared/contract/schemas/exports';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useReportDownloadError } from '../../../ui/toasts/useReportDownloadError';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { saveOrDownload } from '../../../platform/saveOrDownload';

/**
 * Exports a table view: the core renders it from the table's own query (every page), then the
 * desktop app saves it through main's dialog and the browser shell downloads it, as reports do.
 */
export const useExportTable = () => {
  const { t } = useTranslation();
  const client = useClient();
  const reportDownloadError = useReportDownloadError();
  const push = useToastStore((state) => state.push);
  const [busy, setBusy] = useState(false);

  const exportTable = useCallback(
    async (input: TableExportInput) => {
      setBusy(true);
      try {
        const outcome = await saveOrDownload(
          (bridge) => bridge.saveExport(input),
          () => client.call('exports.table', input),
        );
        if (outcome === null) return;
        const message =
          outcome.how === 'saved'
            ? t('exports.saved', { fileName: outcome.fileName })
            : t('exports.downloaded', { fileName: outcome.fileName });
        push({ tone: 'success', message });
      } catch (error) {
        reportDownloadError(error);
      } finally {
        setBusy(false);
      }
    },
    [client, push, reportDownloadError, t],
  );
  return { exportTable, busy };
};
