import type { Migration } from '../Migration';

/**
 * Frozen. The e-mail outbox (synced, so the team sees what went out and two devices whose rules
 * fired for the same event converge on one row by its derived id). Only the device the row names
 * (`sender_device`) sends it. A send is claimed (`sending`, with `claimed_until`) in a committed
 * write before the network call; a claim that outlived its deadline without an outcome (a crash
 * between the server's "250 OK" and the commit) becomes `unknown`, never a blind second send.
 */
export const m0053_email_outbox: Migration = {
  version: 53,
  name: 'email_outbox',
  sql: `
CREATE TABLE email_outbox (
  id TEXT PRIMARY KEY,
  deal_id TEXT,
  contact_id TEXT,
  template_id TEXT,
  rule_id TEXT,
  to_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'unknown', 'cancelled')),
  sender_device TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER,
  claimed_until INTEGER,
  error_code TEXT,
  error_detail TEXT,
  sent_at INTEGER,
  sent_via TEXT CHECK (sent_via IS NULL OR sent_via IN ('smtp', 'mail_app')),
  created_by TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX email_outbox_due ON email_outbox (sender_device, status, next_attempt_at) WHERE deleted_at IS NULL;
CREATE INDEX email_outbox_deal ON email_outbox (deal_id, created_at) WHERE deal_id IS NOT NULL;
`,
};
