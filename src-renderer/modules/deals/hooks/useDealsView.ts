import type { Deal, DealsListInput } from '@shared/contract/schemas/deals';
import { type RecordView, useRecordView } from '../../../platform/data/useRecordView';
import { useDealsStore } from '../stores/dealsStore';

/** One page of deals for `viewKey`, refetched whenever deals (or their stages) change. */
export const useDealsView = (viewKey: string, query: DealsListInput): RecordView<Deal> =>
  useRecordView({ store: useDealsStore, method: 'deals.list', viewKey, query, tables: ['deals', 'stages'] });
