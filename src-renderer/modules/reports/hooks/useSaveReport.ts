import type { ReportFormat, ReportRenderInput } from '@shared/contract/schemas/reports';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useReportDownloadError } from '../../../ui/toasts/useReportDownloadError';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { saveOrDownload } from '../../../platform/saveOrDownload';

/**
 * Saves the report in one format: the desktop app asks main (its save dialog, its write); the
 * browser shell renders it through the contract and hands the bytes to the browser's download.
 */
export const useSaveReport = () => {
  const { t } = useTranslation();
  const client = useClient();
  const reportDownloadError = useReportDownloadError();
  const push = useToastStore((state) => state.push);
  const [busy, setBusy] = useState<ReportFormat | null>(null);

  const save = useCallback(
    async (input: ReportRenderInput) => {
      setBusy(input.format);
      try {
        const outcome = await saveOrDownload(
          (bridge) => bridge.saveReport(input),
          () => client.call('reports.render', input),
        );
        if (outcome === null) return;
        const message =
          outcome.how === 'saved'
            ? t('reportsPage.saved', { fileName: outcome.fileName })
            : t('reportsPage.downloaded', { fileName: outcome.fileName });
        push({ tone: 'success', message });
      } catch (error) {
        reportDownloadError(error);
      } finally {
        setBusy(null);
      }
    },
    [client, push, reportDownloadError, t],
  );
  return { save, busy };
};
