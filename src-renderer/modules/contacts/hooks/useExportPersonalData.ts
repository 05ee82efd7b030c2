import { RpcFailure } from '@shared/contract/createClient';
import type { VoronkaBridge } from '@shared/contract/VoronkaBridge';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { downloadBase64 } from '../../reports/utils/downloadBase64';

const bridgeOf = (): VoronkaBridge | undefined => (window as { voronka?: VoronkaBridge }).voronka;

/**
 * Saves everything held about a person as a JSON file: the desktop app through main's save dialog
 * (the page sends only the contact's id, never a path), the browser shell as a download.
 */
export const useExportPersonalData = () => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  return useCallback(
    async (id: string) => {
      try {
        const bridge = bridgeOf();
        if (bridge) {
          const envelope = await bridge.savePersonalData({ id });
          if (!envelope.ok) throw new RpcFailure(envelope.error);
          if (envelope.value.saved)
            push({ tone: 'success', message: t('contactErase.exportSaved', { fileName: envelope.value.fileName }) });
          return;
        }
        const file = await client.call('contacts.personalDataFile', { id });
        downloadBase64(file);
        push({ tone: 'success', message: t('contactErase.exportDownloaded', { fileName: file.fileName }) });
      } catch (error) {
        reportError(error);
      }
    },
    [client, push, reportError, t],
  );
};
