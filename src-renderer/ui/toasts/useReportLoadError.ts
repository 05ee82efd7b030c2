import { useCallback } from 'react';
import { isConnectionLost } from '../../platform/connection/isConnectionLost';
import { useReportError } from './useReportError';

/**
 * For reads: a failed load is shown as a toast, except when the core cannot be reached at all,
 * which the offline banner already says (a toast per view and per retry would bury the screen).
 */
export const useReportLoadError = (): ((error: unknown) => void) => {
  const reportError = useReportError();
  return useCallback(
    (error: unknown) => {
      if (!isConnectionLost(error)) reportError(error);
    },
    [reportError],
  );
};
