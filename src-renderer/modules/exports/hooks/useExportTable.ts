import { RpcFailure } from '@shared/contract/createClient';
import type { TableExportInput } from '@shared/contract/schemas/exports';
import type { VoronkaBridge } from '@shared/contract/VoronkaBridge';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { downloadBase64 } from '../../reports/utils/downloadBase64';

const bridgeOf = (): VoronkaBridge | undefined => (window as { voronka?: VoronkaBridge }).voronka;

/**
 * Exports a table view: the core renders it from the table's own query (every page), then the
 * desktop app saves it through main's dialog and the browser shell downloads it, as reports do.
 */
export const useExportTable = () => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const [busy, setBusy] = useState(false);

  const exportTable = useCallback(
    async (input: TableExportInput) => {
      setBusy(true);
      try {
        const bridge = bridgeOf();
        if (bridge) {
          const envelope = await bridge.saveExport(input);
          if (!envelope.ok) throw new RpcFailure(envelope.error);
          if (envelope.value.saved)
            push({ tone: 'success', message: t('exports.saved', { fileName: envelope.value.fileName }) });
          return;
        }
        const file = await client.call('exports.table', input);
        downloadBase64(file);
        push({ tone: 'success', message: t('exports.downloaded', { fileName: file.fileName }) });
      } catch (error) {
        reportError(error);
      } finally {
        setBusy(false);
      }
    },
    [client, push, reportError, t],
  );
  return { exportTable, busy };
};
