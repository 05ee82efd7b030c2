import type { Migration } from '../Migration';

/**
 * Frozen. Ideal customer profiles (issue 7 #4): what a fitting company looks like (industries, a
 * size range, regions, a revenue range in the workspace currency, must-have and excluding terms as
 * JSON arrays of text) and whether it is approved, by whom and when. Companies get their annual
 * revenue (a fact people enter) and their ICP fit, derived in the write path from the company and
 * the approved profiles (never logged: each device computes it), indexed for sorting and segments.
 */
export const m0023_icp_profiles: Migration = {
  version: 23,
  name: 'icp_profiles',
  sql: `
CREATE TABLE icp_profiles (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  industries TEXT NOT NULL DEFAULT '[]' CHECK (json_type(industries) = 'array'),
  size_min TEXT CHECK (size_min IN ('micro', 'small', 'medium', 'large', 'enterprise')),
  size_max TEXT CHECK (size_max IN ('micro', 'small', 'medium', 'large', 'enterprise')),
  regions TEXT NOT NULL DEFAULT '[]' CHECK (json_type(regions) = 'array'),
  revenue_min_minor INTEGER CHECK (revenue_min_minor >= 0),
  revenue_max_minor INTEGER CHECK (revenue_max_minor >= 0),
  must_have TEXT NOT NULL DEFAULT '[]' CHECK (json_type(must_have) = 'array'),
  excluding TEXT NOT NULL DEFAULT '[]' CHECK (json_type(excluding) = 'array'),
  notes TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
  approved_by TEXT REFERENCES users (id),
  approved_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
ALTER TABLE companies ADD COLUMN annual_revenue_minor INTEGER CHECK (annual_revenue_minor >= 0);
ALTER TABLE companies ADD COLUMN icp_fit REAL CHECK (icp_fit BETWEEN 0 AND 1);
CREATE INDEX companies_icp_fit ON companies (icp_fit, id) WHERE deleted_at IS NULL;
`,
};
