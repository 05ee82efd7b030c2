import type { Migration } from '../Migration';

/**
 * Frozen. Activities become the rep's log: a nurture touch joins the types (a CHECK cannot be
 * altered in SQLite, so the table is rebuilt), and each type gets its details — a call's outcome
 * and duration, a proposal's amount and file reference, a nurture touch's content and engagement.
 * My day reads a rep's open tasks by due time, and a deal's first outbound touch is read per deal.
 */
export const m0010_activity_details: Migration = {
  version: 10,
  name: 'activity_details',
  sql: `
CREATE TABLE activities_v10 (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('call', 'email', 'meeting', 'demo', 'presentation', 'proposal', 'nurture', 'note', 'task')),
  direction TEXT CHECK (direction IN ('outbound', 'inbound')),
  outcome TEXT CHECK (outcome IN ('reached', 'no_answer', 'busy', 'wrong_number')),
  duration_sec INTEGER CHECK (duration_sec >= 0),
  amount_minor INTEGER CHECK (amount_minor >= 0),
  currency TEXT,
  file_ref TEXT,
  content_kind TEXT CHECK (content_kind IN ('case', 'webinar', 'article')),
  engagement TEXT CHECK (engagement IN ('opened', 'attended', 'replied')),
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
INSERT INTO activities_v10 (id, type, direction, subject, body, deal_id, company_id, contact_id, owner_id, due_at,
    done_at, created_at, updated_at, deleted_at)
  SELECT id, type, direction, subject, body, deal_id, company_id, contact_id, owner_id, due_at, done_at, created_at,
    updated_at, deleted_at FROM activities;
DROP TABLE activities;
ALTER TABLE activities_v10 RENAME TO activities;
CREATE INDEX activities_deal ON activities (deal_id, created_at) WHERE deal_id IS NOT NULL;
CREATE INDEX activities_owner_done ON activities (owner_id, done_at);
CREATE INDEX activities_open_due ON activities (due_at) WHERE done_at IS NULL AND due_at IS NOT NULL;
CREATE INDEX activities_company ON activities (company_id, created_at) WHERE company_id IS NOT NULL;
CREATE INDEX activities_contact ON activities (contact_id, created_at) WHERE contact_id IS NOT NULL;
CREATE INDEX activities_owner_open_due ON activities (owner_id, due_at)
  WHERE done_at IS NULL AND due_at IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX activities_done ON activities (done_at, owner_id, type, created_at, deleted_at) WHERE done_at IS NOT NULL;
CREATE INDEX activities_deal_done ON activities (deal_id, done_at) WHERE deal_id IS NOT NULL AND done_at IS NOT NULL;
`,
};
