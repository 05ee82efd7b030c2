import type { Activity } from '@shared/contract/schemas/activities';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';

/** Deletes an activity (a tombstone) and offers Undo on the toast, which restores it. */
export const useDeleteActivity = (): ((activity: Activity) => Promise<void>) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  return useCallback(
    async (activity) => {
      try {
        await client.call('activities.delete', { id: activity.id });
      } catch (error) {
        reportError(error);
        return;
      }
      push({
        tone: 'info',
        message: t('activities.log.deleted'),
        action: {
          label: t('activities.log.undo'),
          run: () => {
            client
              .call('activities.restore', { id: activity.id })
              .then(() => push({ tone: 'success', message: t('activities.log.restored') }), reportError);
          },
        },
      });
    },
    [client, push, reportError, t],
  );
};
