import { RpcFailure } from '@shared/contract/createClient';
import type { CompanyCard, CompanyTimelineItem } from '@shared/contract/schemas/companies';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useTablesChanged } from '../../../platform/data/useTablesChanged';
import { useReportError } from '../../../ui/toasts/useReportError';

/** Timeline entries per page ("Show more" reads the next this many). */
export const TIMELINE_PAGE = 20;

export type CompanyCardState =
  | { status: 'loading' }
  | { status: 'notFound' }
  | { status: 'error' }
  | { status: 'ready'; card: CompanyCard; timeline: CompanyTimelineItem[]; timelineTotal: number };

export type CompanyCardView = {
  state: CompanyCardState;
  loadingMore: boolean;
  loadMore(): void;
};

/**
 * The company page's data in one call, refetched when anything it shows changes (the company, its
 * contacts, deals, activities, owners). A refetch keeps as many timeline entries as were shown, so
 * "Show more" is not undone by someone else's edit.
 */
export const useCompanyCard = (id: string): CompanyCardView => {
  const client = useClient();
  const reportError = useReportError();
  const [state, setState] = useState<CompanyCardState>({ status: 'loading' });
  const [loadingMore, setLoadingMore] = useState(false);
  const shown = useRef(TIMELINE_PAGE);

  const reload = useCallback(() => {
    client.call('companies.card', { id, timelineLimit: Math.min(500, shown.current) }).then(
      (card) => setState({ status: 'ready', card, timeline: card.timeline.items, timelineTotal: card.timeline.total }),
      (error: unknown) => {
        if (error instanceof RpcFailure && error.error.code === 'NOT_FOUND') return setState({ status: 'notFound' });
        setState({ status: 'error' });
        reportError(error);
      },
    );
  }, [client, id, reportError]);
  useEffect(reload, [reload]);
  useTablesChanged(['companies', 'contacts', 'deals', 'activities', 'users', 'stages'], reload);

  const loadMore = () => {
    if (state.status !== 'ready' || loadingMore) return;
    setLoadingMore(true);
    client
      .call('companies.timeline', { id, offset: state.timeline.length, limit: TIMELINE_PAGE })
      .then((page) => {
        setState((current) => {
          if (current.status !== 'ready') return current;
          const timeline = [...current.timeline, ...page.items];
          shown.current = timeline.length;
          return { ...current, timeline, timelineTotal: page.total };
        });
      }, reportError)
      .finally(() => setLoadingMore(false));
  };

  return { state, loadingMore, loadMore };
};
