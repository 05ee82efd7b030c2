import type { Migration } from '../Migration';
import { rebuildSearchIndex } from '../../search/rebuildSearchIndex';

/**
 * Frozen. A deal's search entry holds its contact's phone (found by the caller's number in any
 * format): the index is derived data, so existing entries are rebuilt rather than altered. No
 * schema change.
 */
export const m0035_deal_contact_phone_search: Migration = {
  version: 35,
  name: 'deal_contact_phone_search',
  sql: '',
  backfill: (sqlite) => rebuildSearchIndex(sqlite, ['deal', 'company', 'contact']),
};
