import { searchFtsOf, type SearchEntity } from './SearchEntity';
import type { SearchDocument } from './searchDocumentOf';

/**
 * The searched columns of each entity's live rows (`WHERE id = ?` or every row). A deal carries
 * its contact's phone: people look a deal up by the number of whoever calls about it.
 */
export const SOURCE_SELECT: Readonly<Record<SearchEntity, string>> = {
  deal: `SELECT id, title AS name,
      (SELECT c.phone_normalized FROM contacts c WHERE c.id = deals.contact_id AND c.deleted_at IS NULL) AS contact_phone
    FROM deals WHERE deleted_at IS NULL`,
  company: 'SELECT id, name, inn, kpp, ogrn, domain, email, phone_normalized FROM companies WHERE deleted_at IS NULL',
  contact: 'SELECT id, name, email, phone_normalized, job_title FROM contacts WHERE deleted_at IS NULL',
  activity: 'SELECT id, subject AS name, body FROM activities WHERE deleted_at IS NULL',
};

/** Custom field types whose values are free text people search by (not options, dates or ids). */
export const SEARCHED_CUSTOM_TYPES = ['text', 'long_text', 'link', 'phone', 'email'] as const;

/** Live text custom values of an entity's records (add `AND v.record_id = ?` for one record). */
export const CUSTOM_TEXT_SELECT = `SELECT v.record_id AS recordId, f.type AS type, v.text_value AS text
  FROM custom_values v JOIN custom_fields f ON f.id = v.field_id
  WHERE f.entity = ? AND v.deleted_at IS NULL AND f.deleted_at IS NULL AND v.text_value IS NOT NULL
    AND f.type IN (${SEARCHED_CUSTOM_TYPES.map((type) => `'${type}'`).join(', ')})`;

export const FIND_DOC = 'SELECT doc FROM search_docs WHERE record_id = ?';
export const ADD_DOC = 'INSERT INTO search_docs (record_id, entity) VALUES (?, ?)';
export const DROP_DOC = 'DELETE FROM search_docs WHERE doc = ?';
export const dropFts = (entity: SearchEntity): string => `DELETE FROM ${searchFtsOf(entity)} WHERE rowid = ?`;

/** Writes an entry (the activities' table has no kind column: it holds one kind); see `putFtsValues`. */
export const putFts = (entity: SearchEntity): string =>
  entity === 'activity'
    ? 'INSERT INTO search_fts_activities (rowid, name, keys, extra) VALUES (?, ?, ?, ?)'
    : 'INSERT INTO search_fts (rowid, kind, name, keys, extra) VALUES (?, ?, ?, ?, ?)';

/** The values `putFts(document.kind)` takes for a document. */
export const putFtsValues = (doc: number, document: SearchDocument): (string | number)[] =>
  document.kind === 'activity'
    ? [doc, document.name, document.keys, document.extra]
    : [doc, document.kind, document.name, document.keys, document.extra];

/** The live deals of a contact, whose index entries carry its phone. */
export const CONTACT_DEALS = 'SELECT id FROM deals WHERE contact_id = ? AND deleted_at IS NULL';
