import type { Migration } from '../Migration';

/**
 * Frozen. Campaigns get a channel (where inside the lead source they run) and an archive mark
 * (they leave the pickers, deals keep them); weekly costs get impressions beside `reach`, which
 * stays the unique visitors the week brought (kept by name: the change log refers to it).
 */
export const m0012_campaign_details: Migration = {
  version: 12,
  name: 'campaign_details',
  sql: `
ALTER TABLE campaigns ADD COLUMN channel TEXT;
ALTER TABLE campaigns ADD COLUMN archived_at INTEGER;
ALTER TABLE campaign_costs ADD COLUMN impressions INTEGER CHECK (impressions >= 0);
CREATE INDEX campaigns_source ON campaigns (source_id, starts_at) WHERE deleted_at IS NULL;
`,
};
