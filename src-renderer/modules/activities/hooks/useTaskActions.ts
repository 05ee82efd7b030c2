import type { ActivityPatch, ActivityRow } from '@shared/contract/schemas/activities';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';

const DAY = 86_400_000;

/**
 * Complete (Undo reopens), snooze to the same time tomorrow, reschedule to a chosen time and
 * reassign; each change's toast offers Undo, which writes the previous value back.
 */
export const useTaskActions = () => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  return useMemo(() => {
    /** One patch with an Undo that writes `undo` back; resolves true once saved. */
    const change = async (task: ActivityRow, patch: ActivityPatch, undo: ActivityPatch, message: string) => {
      try {
        await client.call('activities.update', { id: task.id, patch });
      } catch (error) {
        reportError(error);
        return false;
      }
      push({
        tone: 'info',
        message,
        action: {
          label: t('activities.log.undo'),
          run: () => void client.call('activities.update', { id: task.id, patch: undo }).catch(reportError),
        },
      });
      return true;
    };
    return {
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
      snooze: (task: ActivityRow) => {
        const dueAt = task.dueAt ?? Date.now();
        return change(task, { dueAt: Math.max(dueAt, Date.now()) + DAY }, { dueAt }, t('activities.tasks.snoozed'));
      },
      reschedule: (task: ActivityRow, dueAt: number) =>
        change(task, { dueAt }, { dueAt: task.dueAt }, t('activities.tasks.rescheduled')),
      reassign: (task: ActivityRow, ownerId: string | null, ownerName: string) =>
        change(task, { ownerId }, { ownerId: task.ownerId }, t('activities.tasks.reassigned', { name: ownerName })),
    };
  }, [client, push, reportError, t]);
};
