import type { Migration } from '../Migration';

/**
 * Frozen. A company's page reads the activities of the company, of its contacts and of its deals;
 * without these indexes each page open scans every activity.
 */
export const m0003_company_timeline_indexes: Migration = {
  version: 3,
  name: 'company_timeline_indexes',
  sql: `
CREATE INDEX activities_company ON activities (company_id, created_at) WHERE company_id IS NOT NULL;
CREATE INDEX activities_contact ON activities (contact_id, created_at) WHERE contact_id IS NOT NULL;
`,
};
