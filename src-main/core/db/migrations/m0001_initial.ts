import type { Migration } from '../Migration';

/**
 * Frozen: the first schema. Never edit a released migration; add a new one.
 * Synced tables carry created_at/updated_at/deleted_at (tombstones, never hard deletes).
 * Times are UTC epoch ms; money is integer minor units plus an ISO currency.
 */
export const m0001_initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- The one write path: one message per changed column, written in the row's transaction.
-- hlc sorts in causal order (ISO ms . counter . device); it is the audit trail, undo source and sync feed.
CREATE TABLE change_log (
  hlc TEXT PRIMARY KEY,
  device_id TEXT NOT NULL,
  actor_id TEXT,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  col TEXT NOT NULL,
  value TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX change_log_row ON change_log (tbl, row_id, hlc);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT,
  role TEXT NOT NULL CHECK (role IN ('rep', 'manager', 'admin')),
  manager_id TEXT REFERENCES users (id),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;

CREATE TABLE pipelines (
  id TEXT PRIMARY KEY,
  name TEXT,
  default_key TEXT,
  position TEXT NOT NULL,
  archived_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  CHECK (name IS NOT NULL OR default_key IS NOT NULL)
) STRICT;

CREATE TABLE stages (
  id TEXT PRIMARY KEY,
  pipeline_id TEXT NOT NULL REFERENCES pipelines (id),
  name TEXT,
  default_key TEXT,
  funnel_step TEXT NOT NULL CHECK (funnel_step IN ('awareness', 'interest', 'consideration', 'intent', 'purchase', 'retention')),
  position TEXT NOT NULL,
  probability REAL NOT NULL CHECK (probability BETWEEN 0 AND 1),
  rot_days INTEGER CHECK (rot_days > 0),
  sla_hours INTEGER CHECK (sla_hours > 0),
  archived_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  CHECK (name IS NOT NULL OR default_key IS NOT NULL)
) STRICT;
CREATE INDEX stages_pipeline ON stages (pipeline_id, position);

CREATE TABLE control_points (
  id TEXT PRIMARY KEY,
  stage_id TEXT NOT NULL REFERENCES stages (id),
  label TEXT,
  default_key TEXT,
  required INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
  position TEXT NOT NULL,
  archived_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  CHECK (label IS NOT NULL OR default_key IS NOT NULL)
) STRICT;
CREATE INDEX control_points_stage ON control_points (stage_id, position);

CREATE TABLE lead_sources (
  id TEXT PRIMARY KEY,
  name TEXT,
  default_key TEXT,
  archived_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  CHECK (name IS NOT NULL OR default_key IS NOT NULL)
) STRICT;

CREATE TABLE campaigns (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  source_id TEXT REFERENCES lead_sources (id),
  starts_at INTEGER,
  ends_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;

-- Spend attributed to a period [period_start, period_end).
CREATE TABLE campaign_costs (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id),
  period_start INTEGER NOT NULL,
  period_end INTEGER NOT NULL CHECK (period_end > period_start),
  amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
  currency TEXT NOT NULL,
  reach INTEGER CHECK (reach >= 0),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX campaign_costs_campaign ON campaign_costs (campaign_id, period_start);

CREATE TABLE loss_reasons (
  id TEXT PRIMARY KEY,
  name TEXT,
  default_key TEXT,
  position TEXT NOT NULL,
  archived_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  CHECK (name IS NOT NULL OR default_key IS NOT NULL)
) STRICT;

CREATE TABLE companies (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  inn TEXT,
  kpp TEXT,
  ogrn TEXT,
  industry TEXT,
  size TEXT CHECK (size IN ('micro', 'small', 'medium', 'large', 'enterprise')),
  region TEXT,
  segment TEXT,
  website TEXT,
  domain TEXT,
  phone TEXT,
  phone_normalized TEXT,
  email TEXT,
  owner_id TEXT REFERENCES users (id),
  notes TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX companies_name ON companies (name COLLATE NOCASE);
CREATE INDEX companies_inn ON companies (inn) WHERE inn IS NOT NULL;
CREATE INDEX companies_domain ON companies (domain) WHERE domain IS NOT NULL;
CREATE INDEX companies_phone ON companies (phone_normalized) WHERE phone_normalized IS NOT NULL;
CREATE INDEX companies_email ON companies (email COLLATE NOCASE) WHERE email IS NOT NULL;

CREATE TABLE contacts (
  id TEXT PRIMARY KEY,
  company_id TEXT REFERENCES companies (id),
  name TEXT NOT NULL,
  job_title TEXT,
  role TEXT CHECK (role IN ('decision_maker', 'economic_buyer', 'champion', 'influencer', 'user', 'gatekeeper', 'other')),
  persona TEXT,
  email TEXT,
  phone TEXT,
  phone_normalized TEXT,
  owner_id TEXT REFERENCES users (id),
  notes TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX contacts_company ON contacts (company_id);
CREATE INDEX contacts_name ON contacts (name COLLATE NOCASE);
CREATE INDEX contacts_email ON contacts (email COLLATE NOCASE) WHERE email IS NOT NULL;
CREATE INDEX contacts_phone ON contacts (phone_normalized) WHERE phone_normalized IS NOT NULL;

CREATE TABLE deals (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  pipeline_id TEXT NOT NULL REFERENCES pipelines (id),
  stage_id TEXT NOT NULL REFERENCES stages (id),
  position TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
  value_minor INTEGER NOT NULL DEFAULT 0 CHECK (value_minor >= 0),
  currency TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'new' CHECK (kind IN ('new', 'upsell', 'cross_sell', 'renewal')),
  owner_id TEXT REFERENCES users (id),
  company_id TEXT REFERENCES companies (id),
  contact_id TEXT REFERENCES contacts (id),
  source_id TEXT REFERENCES lead_sources (id),
  campaign_id TEXT REFERENCES campaigns (id),
  expected_close_at INTEGER,
  stage_entered_at INTEGER NOT NULL,
  won_at INTEGER,
  lost_at INTEGER,
  loss_reason_id TEXT REFERENCES loss_reasons (id),
  bant_budget INTEGER CHECK (bant_budget BETWEEN 0 AND 3),
  bant_authority INTEGER CHECK (bant_authority BETWEEN 0 AND 3),
  bant_need INTEGER CHECK (bant_need BETWEEN 0 AND 3),
  bant_timing INTEGER CHECK (bant_timing BETWEEN 0 AND 3),
  bant_score INTEGER CHECK (bant_score BETWEEN 0 AND 100),
  qualified_at INTEGER,
  icp_fit REAL CHECK (icp_fit BETWEEN 0 AND 1),
  notes TEXT,
  created_by TEXT REFERENCES users (id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  CHECK ((status = 'lost') = (lost_at IS NOT NULL)),
  CHECK ((status = 'won') = (won_at IS NOT NULL))
) STRICT;
-- The board reads open deals of a stage in position order; headers aggregate per stage.
CREATE INDEX deals_board ON deals (stage_id, status, position) WHERE deleted_at IS NULL;
CREATE INDEX deals_pipeline_created ON deals (pipeline_id, created_at) WHERE deleted_at IS NULL;
CREATE INDEX deals_owner ON deals (owner_id, status) WHERE deleted_at IS NULL;
CREATE INDEX deals_company ON deals (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX deals_closed ON deals (status, won_at, lost_at);

-- Append-only: every stage or status change of a deal, including its creation (from_stage_id NULL).
CREATE TABLE stage_transitions (
  id TEXT PRIMARY KEY,
  deal_id TEXT NOT NULL REFERENCES deals (id),
  from_stage_id TEXT REFERENCES stages (id),
  to_stage_id TEXT NOT NULL REFERENCES stages (id),
  from_status TEXT CHECK (from_status IN ('open', 'won', 'lost')),
  to_status TEXT NOT NULL CHECK (to_status IN ('open', 'won', 'lost')),
  at INTEGER NOT NULL,
  by_user_id TEXT REFERENCES users (id)
) STRICT;
CREATE INDEX stage_transitions_deal ON stage_transitions (deal_id, at);
CREATE INDEX stage_transitions_at ON stage_transitions (at);

-- One row per (deal, control point): the id is deal_id || ':' || control_point_id so two
-- devices ticking the same item converge on one row.
CREATE TABLE deal_checks (
  id TEXT PRIMARY KEY,
  deal_id TEXT NOT NULL REFERENCES deals (id),
  control_point_id TEXT NOT NULL REFERENCES control_points (id),
  checked INTEGER NOT NULL CHECK (checked IN (0, 1)),
  checked_by TEXT REFERENCES users (id),
  checked_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX deal_checks_deal ON deal_checks (deal_id);

CREATE TABLE activities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('call', 'email', 'meeting', 'demo', 'presentation', 'proposal', 'note', 'task')),
  direction TEXT CHECK (direction IN ('outbound', 'inbound')),
  subject TEXT NOT NULL,
  body TEXT,
  deal_id TEXT REFERENCES deals (id),
  company_id TEXT REFERENCES companies (id),
  contact_id TEXT REFERENCES contacts (id),
  owner_id TEXT REFERENCES users (id),
  due_at INTEGER,
  done_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX activities_deal ON activities (deal_id, created_at) WHERE deal_id IS NOT NULL;
CREATE INDEX activities_owner_done ON activities (owner_id, done_at);
CREATE INDEX activities_open_due ON activities (due_at) WHERE done_at IS NULL AND due_at IS NOT NULL;

CREATE TABLE nps_responses (
  id TEXT PRIMARY KEY,
  company_id TEXT REFERENCES companies (id),
  contact_id TEXT REFERENCES contacts (id),
  deal_id TEXT REFERENCES deals (id),
  score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
  comment TEXT,
  responded_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX nps_responses_at ON nps_responses (responded_at);

-- Customer lifecycle per company; id = company id so devices converge on one row.
CREATE TABLE customers (
  id TEXT PRIMARY KEY REFERENCES companies (id),
  status TEXT NOT NULL CHECK (status IN ('onboarding', 'active', 'churned')),
  since_at INTEGER NOT NULL,
  active_at INTEGER,
  churned_at INTEGER,
  churn_reason TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
`,
};
