import type { Migration } from '../Migration';

/**
 * Frozen. A customer's onboarding checklist: one row per customer and step, its id
 * `<customer id>:<step>` so two devices ticking the same step offline converge on one row. The
 * steps are a fixed list (kick-off, access, training, first value); ticking the last one makes the
 * customer active (customers.status), in the same write. Synced through the change log like
 * `deal_checks`; `done_at` and `done_by` merge as one unit.
 */
export const m0047_customer_onboarding: Migration = {
  version: 47,
  name: 'customer_onboarding',
  sql: `
CREATE TABLE customer_onboarding (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES customers (id),
  step TEXT NOT NULL CHECK (step IN ('kickoff', 'access', 'training', 'first_value')),
  done_at INTEGER,
  done_by TEXT REFERENCES users (id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  CHECK (id = customer_id || ':' || step)
) STRICT;
CREATE INDEX customer_onboarding_customer ON customer_onboarding (customer_id);
`,
};
