import type { Deal } from '@shared/contract/schemas/deals';
import { createRecordStore } from '../../../platform/data/createRecordStore';

/** Deals by id plus the ids of each deals view on screen (the table now; the board later). */
export const useDealsStore = createRecordStore<Deal>();
