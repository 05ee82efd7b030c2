import type { DealRow } from '@shared/contract/schemas/deals';
import { createRecordStore } from '../../../platform/data/createRecordStore';

/** Deal rows (with company and owner names) by id plus the ids of each deals view on screen. */
export const useDealsStore = createRecordStore<DealRow>();
