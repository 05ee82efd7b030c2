import type { Migration } from '../Migration';

/**
 * Frozen. E-mail templates (synced workspace data: the team writes from the same texts) and this
 * device's SMTP settings (local, never synced: each laptop sends through its own account). The SMTP
 * password is not here at all: the desktop keeps it with the OS keychain, the browser host and the
 * CLI read it from the environment.
 */
export const m0052_email_templates: Migration = {
  version: 52,
  name: 'email_templates',
  sql: `
CREATE TABLE email_templates (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  language TEXT NOT NULL CHECK (language IN ('ru', 'en')),
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;

CREATE TABLE smtp_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  host TEXT NOT NULL CHECK (length(host) > 0),
  port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
  security TEXT NOT NULL CHECK (security IN ('tls', 'starttls', 'none')),
  username TEXT,
  from_address TEXT NOT NULL,
  from_name TEXT,
  updated_at INTEGER NOT NULL
) STRICT;
`,
};
