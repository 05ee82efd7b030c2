import { RpcFailure } from '@shared/contract/createClient';
import type { Company, CompanyCard } from '@shared/contract/schemas/companies';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { isRecordId } from '../../../platform/data/isRecordId';
import { useTablesChanged } from '../../../platform/data/useTablesChanged';
import { useReportLoadError } from '../../../ui/toasts/useReportLoadError';

export type CompanyCardState =
  { status: 'loading' } | { status: 'notFound' } | { status: 'error' } | { status: 'ready'; card: CompanyCard };

/**
 * The company page's data in one call, refetched when anything it shows changes (the company, its
 * contacts, deals, activities, owners). The timeline reads its own pages (`timeline.page`).
 * `applySaved` shows a company the page's own form just saved at once: reopened before the
 * refetch arrived, the form would start from the values before the save. Only the latest
 * refetch's answer is kept, so an older one landing late cannot bring those back either.
 */
export const useCompanyCard = (
  id: string,
): { state: CompanyCardState; applySaved(company: Company): void; reload(): void } => {
  const client = useClient();
  const reportError = useReportLoadError();
  const [state, setState] = useState<CompanyCardState>(() =>
    // An address whose id is not an id at all (typed, cut short) finds nothing: no call to refuse it.
    isRecordId(id) ? { status: 'loading' } : { status: 'notFound' },
  );
  const latest = useRef(0);

  const reload = useCallback(() => {
    const request = (latest.current += 1);
    if (!isRecordId(id)) return;
    client.call('companies.card', { id }).then(
      (card) => {
        if (request === latest.current) setState({ status: 'ready', card });
      },
      (error: unknown) => {
        if (request !== latest.current) return;
        if (error instanceof RpcFailure && error.error.code === 'NOT_FOUND') return setState({ status: 'notFound' });
        // A refetch that failed (the core out of reach) leaves the company on screen as it was.
        setState((current) =>
          current.status === 'ready' && current.card.company.id === id ? current : { status: 'error' },
        );
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
  return { state, applySaved, reload };
};
