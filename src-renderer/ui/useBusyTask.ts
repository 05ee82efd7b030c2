import { useCallback, useState } from 'react';
import { useReportError } from './toasts/useReportError';

/**
 * One task at a time on a settings card: which one is running (the card disables its controls and
 * names it), a refusal as a translated toast, and `settle` (typically the card's refetch) after
 * each, whether it worked or not.
 */
export const useBusyTask = <K extends string>(settle: () => void) => {
  const reportError = useReportError();
  const [busy, setBusy] = useState<K | null>(null);
  const run = useCallback(
    async (kind: K, task: () => Promise<void>) => {
      setBusy(kind);
      try {
        await task();
      } catch (error) {
        reportError(error);
      } finally {
        setBusy(null);
        settle();
      }
    },
    [reportError, settle],
  );
  return { busy, run };
};
