import type { CompaniesListInput, CompanyRow } from '@shared/contract/schemas/companies';
import { type RecordView, useRecordView } from '../../../platform/data/useRecordView';
import { useCompaniesStore } from '../stores/companiesStore';

/**
 * One page of companies for `viewKey`; refetched when companies change, and when deals or users
 * do (rows carry open deals and the owner's name).
 */
export const useCompaniesView = (viewKey: string, query: CompaniesListInput): RecordView<CompanyRow> =>
  useRecordView({
    store: useCompaniesStore,
    method: 'companies.list',
    viewKey,
    query,
    tables: ['companies', 'deals', 'users'],
  });
