import type { ContactRow } from '@shared/contract/schemas/contacts';
import { createRecordStore } from '../../../platform/data/createRecordStore';

/** Contact rows by id plus the ids of each contacts view on screen. */
export const useContactsStore = createRecordStore<ContactRow>();
