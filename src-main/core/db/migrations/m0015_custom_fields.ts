import type { Migration } from '../Migration';

/**
 * Frozen. Custom fields: their definitions, the options of select fields, and the values.
 *
 * Values live in one typed table (`custom_values`, one row per record and field) rather than as
 * JSON on the record or as a column per field:
 * - a new field needs no DDL, so defining one is an ordinary synced write on every device;
 * - the change log merges last-writer-wins per (table, row, column): a row per value means two
 *   people filling different fields of one deal offline never overwrite each other, which a JSON
 *   column on the deal would;
 * - numbers, money (minor units), date-times and checkboxes share `number_value`, text, dates
 *   (ISO text), option and record ids share `text_value`; the two indexes (field, value, record)
 *   let a filter or sort by one field read only that field's values in order, whatever the number
 *   of fields, instead of a generated column and an index per field.
 * The row id is `<record id>:<field id>`, so two devices setting the same value offline write the
 * same row, and a record's values (and their history in the change log) are one id prefix.
 * `text_key` is foldText(text_value), derived in the write path: what text values sort and match by.
 */
export const m0015_custom_fields: Migration = {
  version: 15,
  name: 'custom_fields',
  sql: `
CREATE TABLE custom_fields (
  id TEXT PRIMARY KEY,
  entity TEXT NOT NULL CHECK (entity IN ('deal', 'company', 'contact', 'activity')),
  key TEXT NOT NULL,
  name_ru TEXT NOT NULL,
  name_en TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('text', 'long_text', 'number', 'money', 'date', 'datetime',
    'single_select', 'multi_select', 'checkbox', 'link', 'phone', 'email', 'user', 'company', 'contact')),
  currency TEXT,
  required TEXT NOT NULL DEFAULT 'never' CHECK (required IN ('never', 'always', 'stage')),
  required_stage_id TEXT REFERENCES stages (id),
  position TEXT NOT NULL,
  archived_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  CHECK ((required = 'stage') = (required_stage_id IS NOT NULL)),
  CHECK (required <> 'stage' OR entity = 'deal')
) STRICT;
CREATE UNIQUE INDEX custom_fields_key ON custom_fields (entity, key) WHERE deleted_at IS NULL;
CREATE INDEX custom_fields_stage ON custom_fields (required_stage_id) WHERE required_stage_id IS NOT NULL;

CREATE TABLE custom_field_options (
  id TEXT PRIMARY KEY,
  field_id TEXT NOT NULL REFERENCES custom_fields (id),
  label TEXT NOT NULL,
  colour TEXT NOT NULL,
  position TEXT NOT NULL,
  archived_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;
CREATE INDEX custom_field_options_field ON custom_field_options (field_id, position);

CREATE TABLE custom_values (
  id TEXT PRIMARY KEY,
  record_id TEXT NOT NULL,
  field_id TEXT NOT NULL REFERENCES custom_fields (id),
  text_value TEXT,
  number_value REAL,
  currency TEXT,
  text_key TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  CHECK (id = record_id || ':' || field_id)
) STRICT;
CREATE INDEX custom_values_number ON custom_values (field_id, number_value, record_id) WHERE number_value IS NOT NULL;
CREATE INDEX custom_values_text ON custom_values (field_id, text_key, record_id) WHERE text_key IS NOT NULL;
`,
};
