import { RpcFailure } from '@shared/contract/createClient';
import type { ReportFormat, ReportRenderInput } from '@shared/contract/schemas/reports';
import type { SavedReport, VoronkaBridge } from '@shared/contract/VoronkaBridge';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { downloadBase64 } from '../utils/downloadBase64';

const bridgeOf = (): VoronkaBridge | undefined => (window as { voronka?: VoronkaBridge }).voronka;

/**
 * Saves the report in one format: the desktop app asks main (its save dialog, its write); the
 * browser shell renders it through the contract and hands the bytes to the browser's download.
 */
export const useSaveReport = () => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const [busy, setBusy] = useState<ReportFormat | null>(null);

  const save = useCallback(
    async (input: ReportRenderInput) => {
      setBusy(input.format);
      try {
        const bridge = bridgeOf();
        if (bridge) {
          const envelope = await bridge.saveReport(input);
          if (!envelope.ok) throw new RpcFailure(envelope.error);
          const saved: SavedReport = envelope.value;
          if (saved.saved) push({ tone: 'success', message: t('reportsPage.saved', { fileName: saved.fileName }) });
          return;
        }
        const file = await client.call('reports.render', input);
        downloadBase64(file);
        push({ tone: 'success', message: t('reportsPage.downloaded', { fileName: file.fileName }) });
      } catch (error) {
        reportError(error);
      } finally {
        setBusy(null);
      }
    },
    [client, push, reportError, t],
  );
  return { save, busy };
};
