import type { LeadRow, LeadsListInput } from '@shared/contract/schemas/leads';
import { type RecordView, useRecordView } from '../../../platform/data/useRecordView';
import { useLeadsStore } from '../stores/leadsStore';

/** One page of the inbox, refetched when deals, stages (SLA hours), activities or names change. */
export const useLeadsView = (query: LeadsListInput): RecordView<LeadRow> =>
  useRecordView({
    store: useLeadsStore,
    method: 'leads.list',
    viewKey: 'leads.inbox',
    query,
    tables: ['deals', 'stages', 'activities', 'companies', 'contacts', 'users', 'campaigns'],
  });
