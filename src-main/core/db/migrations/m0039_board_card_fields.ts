import type { Migration } from '../Migration';

/**
 * Frozen. Each pipeline's board card chips: the deal custom fields (up to three, in order) its
 * cards show, as a JSON array of field ids, synced like the pipeline's name. NULL: none.
 */
export const m0039_board_card_fields: Migration = {
  version: 39,
  name: 'board_card_fields',
  sql: `
ALTER TABLE pipelines ADD COLUMN card_field_ids TEXT CHECK (
  card_field_ids IS NULL
  OR (json_valid(card_field_ids) AND json_type(card_field_ids) = 'array' AND json_array_length(card_field_ids) <= 3)
);
`,
};
