import type { DealRow, DealsListInput } from '@shared/contract/schemas/deals';
import { type RecordView, useRecordView } from '../../../platform/data/useRecordView';
import { useDealsStore } from '../stores/dealsStore';

/** One page of deals for `viewKey`, refetched when deals, their stages, companies or owners change. */
export const useDealsView = (viewKey: string, query: DealsListInput): RecordView<DealRow> =>
  useRecordView({
    store: useDealsStore,
    method: 'deals.list',
    viewKey,
    query,
    tables: ['deals', 'stages', 'companies', 'users'],
  });
