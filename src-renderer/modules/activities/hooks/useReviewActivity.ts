import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';

/** Saves (or, with a null score, removes) a manager's rating; says so on a toast. True when it saved. */
export const useReviewActivity = (): ((id: string, score: number | null, comment: string) => Promise<boolean>) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  return useCallback(
    async (id, score, comment) => {
      try {
        await client.call('activities.review', { id, score, comment });
      } catch (error) {
        reportError(error);
        return false;
      }
      push({ tone: 'success', message: t(score === null ? 'activities.review.removed' : 'activities.review.saved') });
      return true;
    },
    [client, push, reportError, t],
  );
};
