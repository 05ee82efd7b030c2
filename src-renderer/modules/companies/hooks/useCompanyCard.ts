import { RpcFailure } from '@shared/contract/createClient';
import type { Company, CompanyCard } from '@shared/contract/schemas/companies';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useTablesChanged } from '../../../platform/data/useTablesChanged';
import { useReportError } from '../../../ui/toasts/useReportError';

export type CompanyCardState =
  { status: 'loading' } | { status: 'notFound' } | { status: 'error' } | { status: 'ready'; card: CompanyCard };

/**
 * The company page's data in one call, refetched when anything it shows changes (the company, its
 * contacts, deals, activities, owners). The timeline reads its own pages (`timeline.page`).
 * `applySaved` shows a company the page's own form just saved at once: reopened before the
 * refetch arrived, the form would start from the values before the save. Only the latest
 * refetch's answer is kept, so an older one landing late cannot bring those back either.
 */
export const useCompanyCard = (id: string): { state: CompanyCardState; applySaved(company: Company): void } => {
  const client = useClient();
  const reportError = useReportError();
  const [state, setState] = useState<CompanyCardState>({ status: 'loading' });
  const latest = useRef(0);

  const reload = useCallback(() => {
    const request = (latest.current += 1);
    client.call('companies.card', { id }).then(
      (card) => {
        if (request === latest.current) setState({ status: 'ready', card });
      },
      (error: unknown) => {
        if (request !== latest.current) return;
        if (error instanceof RpcFailure && error.error.code === 'NOT_FOUND') return setState({ status: 'notFound' });
        setState({ status: 'error' });
        reportError(error);
      },
    );
  }, [client, id, reportError]);
  useEffect(reload, [reload]);
  useTablesChanged(['companies', 'contacts', 'deals', 'activities', 'users', 'stages'], reload);

  const applySaved = useCallback(
    (company: Company) =>
      setState((current) =>
        current.status === 'ready' && current.card.company.id === company.id
          ? { status: 'ready', card: { ...current.card, company } }
          : current,
      ),
    [],
  );
  return { state, applySaved };
};
