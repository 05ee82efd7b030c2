import type { Client } from '@shared/contract/createClient';
import type { Deal, DealsListInput } from '@shared/contract/schemas/deals';
import { type RecordView, useRecordView } from '../../../platform/data/useRecordView';
import { useDealsStore } from '../stores/dealsStore';

const fetchDeals = (client: Client, query: DealsListInput) => client.call('deals.list', query);

/** One page of deals for `viewKey`, refetched whenever deals (or their stages) change. */
export const useDealsView = (viewKey: string, query: DealsListInput): RecordView<Deal> =>
  useRecordView({ store: useDealsStore, viewKey, query, fetchPage: fetchDeals, tables: ['deals', 'stages'] });
