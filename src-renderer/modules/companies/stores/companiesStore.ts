import type { CompanyRow } from '@shared/contract/schemas/companies';
import { createRecordStore } from '../../../platform/data/createRecordStore';

/** Company rows by id plus the ids of each companies view on screen (the table, pickers). */
export const useCompaniesStore = createRecordStore<CompanyRow>();
