import { companyNameKey } from '@shared/domain/companyNameKey';
import type { Migration } from '../Migration';

/**
 * Frozen. The duplicate warning compares company names without legal form, quotes or case.
 * Computing that key for every company on every check made each create slower as the table
 * grew (86 ms at 12,500 companies); stored and indexed, it is one index lookup. The key is
 * derived, so each device backfills its own rows and no change-log message is written here.
 */
export const m0004_company_name_key: Migration = {
  version: 4,
  name: 'company_name_key',
  sql: `
ALTER TABLE companies ADD COLUMN name_key TEXT;
CREATE INDEX companies_name_key ON companies (name_key) WHERE name_key IS NOT NULL;
`,
  backfill: (sqlite) => {
    const rows = sqlite.prepare('SELECT id, name FROM companies').all() as { id: string; name: string }[];
    const write = sqlite.prepare('UPDATE companies SET name_key = ? WHERE id = ?');
    for (const row of rows) write.run(companyNameKey(row.name) || null, row.id);
  },
};
