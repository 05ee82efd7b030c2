import {
  importMappingSchema,
  type ImportEntity,
  type ImportMapping,
  type ImportPreset,
} from '@shared/contract/schemas/imports';
import type { Db } from '../../db/Db';
import type { ImportPresetsTable } from '../../db/schema';
import { prepare } from '../../db/sql';

/** A stored row as a preset; a mapping an older app saved that no longer parses is left out. */
const presetOf = (row: ImportPresetsTable): ImportPreset | null => {
  try {
    const mapping = importMappingSchema.safeParse(JSON.parse(row.mapping));
    return mapping.success
      ? { name: row.name, entity: row.entity, mapping: mapping.data, updatedAt: row.updated_at }
      : null;
  } catch {
    return null;
  }
};

/** Saved mappings by name (case-insensitive order); with an entity, that target's only. */
export const listImportPresets = (db: Db, entity?: ImportEntity): ImportPreset[] =>
  (
    (entity
      ? prepare(db, 'SELECT * FROM import_presets WHERE entity = ? ORDER BY name COLLATE NOCASE').all(entity)
      : prepare(db, 'SELECT * FROM import_presets ORDER BY name COLLATE NOCASE').all()) as ImportPresetsTable[]
  ).flatMap((row) => presetOf(row) ?? []);

/** Saves a mapping under a name; a preset of that name is replaced. */
export const saveImportPreset = (db: Db, name: string, mapping: ImportMapping, now: number): ImportPreset => {
  prepare(
    db,
    `INSERT INTO import_presets (name, entity, mapping, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET entity = excluded.entity, mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(name, mapping.entity, JSON.stringify(mapping), now);
  return { name, entity: mapping.entity, mapping, updatedAt: now };
};

export const deleteImportPreset = (db: Db, name: string): Record<string, never> => {
  prepare(db, 'DELETE FROM import_presets WHERE name = ?').run(name);
  return {};
};
