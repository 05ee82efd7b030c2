import type { Migration } from '../Migration';

/** Frozen. A contact's page lists the person's deals: read by contact, not by scanning every deal. */
export const m0025_deal_contact_index: Migration = {
  version: 25,
  name: 'deal_contact_index',
  sql: `
CREATE INDEX deals_contact ON deals (contact_id, created_at) WHERE contact_id IS NOT NULL AND deleted_at IS NULL;
`,
};
