import { RpcFailure } from '@shared/contract/createClient';
import type { CompanyCard } from '@shared/contract/schemas/companies';
import { useCallback, useEffect, useState } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useTablesChanged } from '../../../platform/data/useTablesChanged';
import { useReportError } from '../../../ui/toasts/useReportError';

export type CompanyCardState =
  { status: 'loading' } | { status: 'notFound' } | { status: 'error' } | { status: 'ready'; card: CompanyCard };

/**
 * The company page's data in one call, refetched when anything it shows changes (the company, its
 * contacts, deals, activities, owners). The timeline reads its own pages (`timeline.page`).
 */
export const useCompanyCard = (id: string): CompanyCardState => {
  const client = useClient();
  const reportError = useReportError();
  const [state, setState] = useState<CompanyCardState>({ status: 'loading' });

  const reload = useCallback(() => {
    client.call('companies.card', { id }).then(
      (card) => setState({ status: 'ready', card }),
      (error: unknown) => {
        if (error instanceof RpcFailure && error.error.code === 'NOT_FOUND') return setState({ status: 'notFound' });
        setState({ status: 'error' });
        reportError(error);
      },
    );
  }, [client, id, reportError]);
  useEffect(reload, [reload]);
  useTablesChanged(['companies', 'contacts', 'deals', 'activities', 'users', 'stages'], reload);

  return state;
};
