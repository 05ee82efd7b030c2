import type { ActivityRow } from '@shared/contract/schemas/activities';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';

const DAY = 86_400_000;

/** Complete (Undo reopens) and snooze to the same time tomorrow (Undo puts it back). */
export const useTaskActions = () => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  return useMemo(
    () => ({
      /** Resolves true once completed (the drawer then asks for the next step). */
      complete: async (task: ActivityRow): Promise<boolean> => {
        try {
          await client.call('activities.complete', { id: task.id });
        } catch (error) {
          reportError(error);
          return false;
        }
        push({
          tone: 'success',
          message: t('activities.tasks.completed'),
          action: {
            label: t('activities.log.undo'),
            run: () => void client.call('activities.reopen', { id: task.id }).catch(reportError),
          },
        });
        return true;
      },
      snooze: async (task: ActivityRow) => {
        const dueAt = task.dueAt ?? Date.now();
        try {
          await client.call('activities.update', {
            id: task.id,
            patch: { dueAt: Math.max(dueAt, Date.now()) + DAY },
          });
        } catch (error) {
          reportError(error);
          return;
        }
        push({
          tone: 'info',
          message: t('activities.tasks.snoozed'),
          action: {
            label: t('activities.log.undo'),
            run: () => void client.call('activities.update', { id: task.id, patch: { dueAt } }).catch(reportError),
          },
        });
      },
    }),
    [client, push, reportError, t],
  );
};
