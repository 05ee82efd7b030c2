import type { LeadRow } from '@shared/contract/schemas/leads';
import { createRecordStore } from '../../../platform/data/createRecordStore';

/** Lead rows (deals with their names, SLA and scores) by id plus the ids of each inbox view. */
export const useLeadsStore = createRecordStore<LeadRow>();
