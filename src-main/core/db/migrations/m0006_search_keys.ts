import { foldText } from '@shared/domain/foldText';
import type { Migration } from '../Migration';

/**
 * Frozen. Deals sort and search by their folded title, companies and contacts by their folded
 * name (`foldText`: case, ё/е, accents, punctuation); stored and indexed, a sorted page stops
 * after its rows and a search compares stored keys instead of folding every row per query.
 * Derived columns are not change-log material (the write path computes them): their old
 * messages go, so no history shows them.
 */
export const m0006_search_keys: Migration = {
  version: 6,
  name: 'search_keys',
  sql: `
ALTER TABLE deals ADD COLUMN title_key TEXT;
-- Company and contact ids ride along so a search count reads the index, not the rows.
CREATE INDEX deals_title ON deals (title_key, id, company_id, contact_id) WHERE deleted_at IS NULL;
-- The deals table opens newest first: its first page was a sort of every deal.
CREATE INDEX deals_created ON deals (created_at, id) WHERE deleted_at IS NULL;
ALTER TABLE companies ADD COLUMN sort_key TEXT;
CREATE INDEX companies_sort_key ON companies (sort_key, id) WHERE deleted_at IS NULL;
ALTER TABLE contacts ADD COLUMN sort_key TEXT;
CREATE INDEX contacts_sort_key ON contacts (sort_key, id) WHERE deleted_at IS NULL;
-- Names sorted by SQLite's ASCII-only NOCASE are no longer anyone's order.
DROP INDEX companies_name;
DROP INDEX contacts_name;
DELETE FROM change_log
WHERE (tbl = 'companies' AND col IN ('name_key', 'domain', 'phone_normalized'))
   OR (tbl = 'contacts' AND col = 'phone_normalized');
`,
  backfill: (sqlite) => {
    const fill = (select: string, update: string) => {
      const write = sqlite.prepare(update);
      for (const row of sqlite.prepare(select).all() as { id: string; text: string }[]) {
        write.run(foldText(row.text), row.id);
      }
    };
    fill('SELECT id, title AS text FROM deals', 'UPDATE deals SET title_key = ? WHERE id = ?');
    fill('SELECT id, name AS text FROM companies', 'UPDATE companies SET sort_key = ? WHERE id = ?');
    fill('SELECT id, name AS text FROM contacts', 'UPDATE contacts SET sort_key = ? WHERE id = ?');
  },
};
