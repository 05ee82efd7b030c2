import type { Migration } from '../Migration';

/**
 * Frozen. The BANT form's answers beside the levels m0001 stores: the budget's amount and whether
 * it is confirmed, who decides (a contact and their role), the pain in words and its category, and
 * the target date or quarter. The bant_* levels and bant_score stay, derived from these.
 */
export const m0016_bant_answers: Migration = {
  version: 16,
  name: 'bant_answers',
  sql: `
ALTER TABLE deals ADD COLUMN bant_budget_minor INTEGER CHECK (bant_budget_minor >= 0);
ALTER TABLE deals ADD COLUMN bant_budget_confirmed INTEGER CHECK (bant_budget_confirmed IN (0, 1));
ALTER TABLE deals ADD COLUMN bant_authority_contact_id TEXT REFERENCES contacts (id);
ALTER TABLE deals ADD COLUMN bant_authority_role TEXT;
ALTER TABLE deals ADD COLUMN bant_need_pain TEXT;
ALTER TABLE deals ADD COLUMN bant_need_category TEXT;
ALTER TABLE deals ADD COLUMN bant_timing_date TEXT;
ALTER TABLE deals ADD COLUMN bant_timing_quarter TEXT;
`,
};
