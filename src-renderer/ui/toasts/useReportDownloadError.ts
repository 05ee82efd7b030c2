import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isConnectionLost } from '../../platform/connection/isConnectionLost';
import { useToastStore } from './toastStore';
import { useReportError } from './useReportError';

/**
 * For downloads (a backup, a table's export, a report, a person's data): when the core cannot be
 * reached the file was never made, so the toast says that rather than the generic «changes not
 * saved», which reads as if something had been lost. Any other failure reads as usual.
 */
export const useReportDownloadError = (): ((error: unknown) => void) => {
  const { t } = useTranslation();
  const push = useToastStore((state) => state.push);
  const reportError = useReportError();
  return useCallback(
    (error: unknown) => {
      if (isConnectionLost(error))
        push({
          tone: 'error',
          message: t('connection.downloadUnreachable.message'),
          detail: t('connection.downloadUnreachable.advice'),
        });
      else reportError(error);
    },
    [push, reportError, t],
  );
};
