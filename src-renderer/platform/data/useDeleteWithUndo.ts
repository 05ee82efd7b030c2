import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../ClientContext';
import { useToastStore } from '../../ui/toasts/toastStore';
import { useReportError } from '../../ui/toasts/useReportError';

/** Record kinds deleted as tombstones and restorable: `<kind>.delete` / `<kind>.restore`. */
export type DeletableKind = 'companies' | 'contacts';

/**
 * Deletes a record (a tombstone: history and links stay) and offers Undo on the toast, which
 * restores it; texts are `<kind>.delete.*`. The returned function resolves true once deleted.
 */
export const useDeleteWithUndo = (
  kind: DeletableKind,
): ((record: { id: string; name: string }) => Promise<boolean>) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  return useCallback(
    async (record) => {
      try {
        await client.call(`${kind}.delete`, { id: record.id });
      } catch (error) {
        reportError(error);
        return false;
      }
      push({
        tone: 'info',
        message: t(`${kind}.delete.deleted`, { name: record.name }),
        action: {
          label: t(`${kind}.delete.undo`),
          run: () => {
            client
              .call(`${kind}.restore`, { id: record.id })
              .then(
                (restored) => push({ tone: 'success', message: t(`${kind}.delete.restored`, { name: restored.name }) }),
                reportError,
              );
          },
        },
      });
      return true;
    },
    [kind, client, push, reportError, t],
  );
};
