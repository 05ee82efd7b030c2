import type { Company } from '@shared/contract/schemas/companies';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';

/**
 * Deletes a company (a tombstone: history and links stay) and offers Undo on the toast, which
 * restores it. Resolves true once deleted.
 */
export const useDeleteCompany = (): ((company: Company) => Promise<boolean>) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  return useCallback(
    async (company) => {
      try {
        await client.call('companies.delete', { id: company.id });
      } catch (error) {
        reportError(error);
        return false;
      }
      push({
        tone: 'info',
        message: t('companies.delete.deleted', { name: company.name }),
        action: {
          label: t('companies.delete.undo'),
          run: () => {
            client
              .call('companies.restore', { id: company.id })
              .then(
                (restored) =>
                  push({ tone: 'success', message: t('companies.delete.restored', { name: restored.name }) }),
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
