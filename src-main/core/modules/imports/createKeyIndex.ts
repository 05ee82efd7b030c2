import type { DedupeKey, ImportEntity } from '@shared/contract/schemas/imports';
import { importDedupeKeys, type DedupeFields } from '@shared/domain/import/importDedupeKeys';
import type { CountryCode } from 'libphonenumber-js/min';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';

const ALL_KEYS: readonly DedupeKey[] = ['inn', 'email', 'phone', 'domain', 'name', 'title'];

/** The targets imported as records of their own table (calls and web leads go through their own paths). */
export type RecordImportEntity = Exclude<ImportEntity, 'calls' | 'leads'>;

const SELECTS: Record<RecordImportEntity, string> = {
  users: 'SELECT id, name, email FROM users WHERE deleted_at IS NULL',
  companies: 'SELECT id, name, inn, email, phone, website FROM companies WHERE deleted_at IS NULL',
  contacts: 'SELECT id, name, email, phone FROM contacts WHERE deleted_at IS NULL',
  deals: 'SELECT id, title FROM deals WHERE deleted_at IS NULL',
};

/**
 * Live records of an entity by the dedupe keys an import looks them up by (`kinds`), growing as
 * the import creates records. Only those kinds are computed and kept: a companies import without
 * dedupe keys keeps nothing per row, so a million-row file does not hold a million names, phones
 * and e-mails in memory.
 */
export type KeyIndex = {
  find(keys: readonly string[]): string | undefined;
  add(id: string, fields: DedupeFields): void;
  keysOf(fields: DedupeFields, wanted?: readonly DedupeKey[]): string[];
};

export const createKeyIndex = (
  db: Db,
  entity: RecordImportEntity,
  country: CountryCode,
  kinds: readonly DedupeKey[] = ALL_KEYS,
): KeyIndex => {
  const ids = new Map<string, string>();
  const kept = new Set<string>(kinds);
  const keysOf = (fields: DedupeFields, wanted: readonly DedupeKey[] = kinds) =>
    importDedupeKeys(entity, fields, wanted, country);
  const add = (id: string, fields: DedupeFields) => {
    if (kinds.length === 0) return;
    for (const key of keysOf(fields)) if (!ids.has(key)) ids.set(key, id);
  };
  if (kinds.length > 0) {
    for (const row of prepare(db, SELECTS[entity]).iterate() as IterableIterator<DedupeFields & { id: string }>) {
      add(row.id, row);
    }
  }
  return {
    keysOf,
    add,
    find(keys) {
      for (const key of keys) {
        // A kind the index was not built with would never match: a caller's mistake, not "no duplicate".
        if (!kept.has(key.slice(0, key.indexOf(':')))) throw new Error(`key index of ${entity} has no ${key} keys`);
        const id = ids.get(key);
        if (id !== undefined) return id;
      }
      return undefined;
    },
  };
};
