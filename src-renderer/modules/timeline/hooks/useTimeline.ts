import type { TimelinePage, TimelinePageEntry, TimelineType } from '@shared/contract/schemas/timeline';
import type { TableName } from '@shared/contract/tableNames';
import { useCallback, useState } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useReportLoadError } from '../../../ui/toasts/useReportLoadError';

export type TimelineSubject = 'deal' | 'company' | 'contact';

const PAGE = 50;

/** What a timeline's lines come from: a write to any of these refreshes it. */
const TABLES: readonly TableName[] = [
  'deals',
  'stage_transitions',
  'deal_checks',
  'activities',
  'companies',
  'contacts',
  'custom_values',
];

type Older = {
  after: TimelinePage;
  entries: TimelinePageEntry[];
  refs: TimelinePage['refs'];
  next: TimelinePage['next'];
};

/**
 * A record's timeline, newest first: the first page kept live, older pages added by `loadMore`
 * from the last cursor (keyset: a line written meanwhile never shifts them). A change to the
 * record reloads the first page and folds the older ones away, so nothing shows twice or is
 * skipped.
 */
export const useTimeline = (subject: TimelineSubject, id: string, type: TimelineType | null) => {
  const client = useClient();
  const reportError = useReportLoadError();
  const first = useLiveQuery(
    'timeline.page',
    { subject, id, limit: PAGE, ...(type ? { types: [type] } : {}) },
    TABLES,
  ).data;
  const [older, setOlder] = useState<Older | null>(null);
  const [loading, setLoading] = useState(false);
  // Older pages belong to the first page they were loaded after.
  const extra = older && older.after === first ? older : null;
  const next = extra ? extra.next : (first?.next ?? null);

  const loadMore = useCallback(() => {
    if (!first || !next) return;
    setLoading(true);
    client
      .call('timeline.page', { subject, id, limit: PAGE, after: next, ...(type ? { types: [type] } : {}) })
      .then(
        (page) =>
          setOlder((current) => {
            const base = current && current.after === first ? current : { entries: [], refs: {} };
            return {
              after: first,
              entries: [...base.entries, ...page.entries],
              refs: { ...base.refs, ...page.refs },
              next: page.next,
            };
          }),
        reportError,
      )
      .finally(() => setLoading(false));
  }, [client, first, next, subject, id, type, reportError]);

  if (!first) return { page: null, loadMore, loading };
  const page: TimelinePage = extra
    ? { entries: [...first.entries, ...extra.entries], refs: { ...first.refs, ...extra.refs }, next }
    : first;
  return { page, loadMore, loading };
};
