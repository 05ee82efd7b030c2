import { foldText } from '@shared/domain/foldText';
import type { Migration } from '../Migration';

/**
 * Frozen. A segment asks for companies by industry and region compared folded ("логистика" is
 * "Логистика"); folding every company per query cost a JavaScript call per row in each of the
 * board's statements. The folded values are stored (derived by the write path, like `sort_key`)
 * and indexed, so a segment's companies are an index lookup.
 */
export const m0051_company_facet_keys: Migration = {
  version: 51,
  name: 'company_facet_keys',
  sql: `
ALTER TABLE companies ADD COLUMN industry_key TEXT;
ALTER TABLE companies ADD COLUMN region_key TEXT;
CREATE INDEX companies_industry_key ON companies (industry_key, id) WHERE deleted_at IS NULL AND industry_key IS NOT NULL;
CREATE INDEX companies_region_key ON companies (region_key, id) WHERE deleted_at IS NULL AND region_key IS NOT NULL;
`,
  backfill: (sqlite) => {
    const write = sqlite.prepare('UPDATE companies SET industry_key = ?, region_key = ? WHERE id = ?');
    const rows = sqlite.prepare('SELECT id, industry, region FROM companies').all() as {
      id: string;
      industry: string | null;
      region: string | null;
    }[];
    for (const row of rows) {
      write.run(
        row.industry === null ? null : foldText(row.industry),
        row.region === null ? null : foldText(row.region),
        row.id,
      );
    }
  },
};
