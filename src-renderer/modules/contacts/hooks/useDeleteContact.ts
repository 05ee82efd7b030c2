import type { Contact } from '@shared/contract/schemas/contacts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';

/** Deletes a contact (a tombstone) and offers Undo on the toast. Resolves true once deleted. */
export const useDeleteContact = (): ((contact: Pick<Contact, 'id' | 'name'>) => Promise<boolean>) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  return useCallback(
    async (contact) => {
      try {
        await client.call('contacts.delete', { id: contact.id });
      } catch (error) {
        reportError(error);
        return false;
      }
      push({
        tone: 'info',
        message: t('contacts.delete.deleted', { name: contact.name }),
        action: {
          label: t('contacts.delete.undo'),
          run: () => {
            client
              .call('contacts.restore', { id: contact.id })
              .then(
                (restored) =>
                  push({ tone: 'success', message: t('contacts.delete.restored', { name: restored.name }) }),
                reportError,
              );
          },
        },
      });
      return true;
    },
    [client, push, reportError, t],
  );
};
