import type { Contact } from '@shared/contract/schemas/contacts';
import { DomainError } from '../../DomainError';
import type { HandlerContext } from '../../HandlerContext';
import type { ChangeWriter, RowValues } from '../../changes/ChangeWriter';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import { checkpointAfterErase } from '../../privacy/checkpointAfterErase';
import { collectIdentifiers } from '../../privacy/collectIdentifiers';
import { contactRowsOf } from '../../privacy/contactRowsOf';
import { ACTIVITY_TEXT_COLUMNS, ERASED_CONTACT_CELLS, ERASED_CUSTOM_VALUE_CELLS } from '../../privacy/erasedCells';
import { purgeSearchIndex } from '../../privacy/purgeSearchIndex';
import { redactIdentifiers } from '../../privacy/redactIdentifiers';
import { scrubErasedContact } from '../../privacy/scrubErasedContact';
import { withSecureDelete } from '../../privacy/withSecureDelete';
import { findUserRow } from '../users/users.repo';
import { findContactRow } from './contacts.repo';
import { getContact } from './contacts.service';

export type EraseOptions = {
  /** The command line acts as whoever holds the file; the app asks for a manager or an admin. */
  asOperator?: boolean;
};

const requireManager = (ctx: HandlerContext): void => {
  const actorId = ctx.actorId();
  const actor = actorId === null ? undefined : findUserRow(ctx.db, actorId);
  if (!actor?.active || (actor.role !== 'manager' && actor.role !== 'admin')) {
    throw new DomainError('FORBIDDEN', 'Only a manager or an admin erases personal data');
  }
};

/** The person's custom values emptied and tombstoned, each as an ordinary synced write. */
const eraseCustomValues = (db: Db, writer: ChangeWriter, contactId: string, now: number): void => {
  for (const id of contactRowsOf(db, contactId).customValues) {
    const row = prepare(db, 'SELECT * FROM custom_values WHERE id = ?').get(id) as RowValues | undefined;
    if (row)
      writer.update('custom_values', id, { ...ERASED_CUSTOM_VALUE_CELLS, deleted_at: row.deleted_at ?? now }, row);
  }
};

/** Their name, e-mail or phone in their activities' subject and notes, replaced by the marker. */
const redactActivities = (db: Db, writer: ChangeWriter, contactId: string, identifiers: Set<string>): void => {
  const redact = redactIdentifiers(identifiers);
  if (redact === null) return;
  for (const id of contactRowsOf(db, contactId).activities) {
    const row = prepare(db, 'SELECT * FROM activities WHERE id = ?').get(id) as RowValues;
    const patch: Record<string, string> = {};
    for (const column of ACTIVITY_TEXT_COLUMNS) {
      const text = row[column];
      if (typeof text === 'string' && redact(text) !== text) patch[column] = redact(text);
    }
    if (Object.keys(patch).length > 0) writer.update('activities', id, patch, row);
  }
};

/**
 * Erases a person's personal data on request (152-FZ art. 14 and 21, GDPR art. 17), in one
 * transaction: their contact fields (name, job title, persona, e-mail, phone, notes) and custom
 * values, their identifiers in their activities' text, the search index, and every older copy in
 * the change log and the import log. The writes are ordinary messages, so the erase syncs; the
 * message that sets `erased_at` makes every peer scrub its own history (applySyncMessages).
 * Deals, their figures and the activities themselves stay: they are the firm's records. Backups
 * taken before still hold the data (the confirmation says so).
 */
export const eraseContact = (ctx: HandlerContext, id: string, options: EraseOptions = {}): Contact => {
  const { db } = ctx;
  withSecureDelete(db, () =>
    ctx.write((writer, now) => {
      if (!options.asOperator) requireManager(ctx);
      const current = findContactRow(db, id);
      if (!current) throw new DomainError('NOT_FOUND', 'Contact not found', { entity: 'contact', id });
      const identifiers = collectIdentifiers(db, id);
      if (current.erased_at === null) {
        const { phone_normalized: _key, sort_key: _sort, ...cells } = ERASED_CONTACT_CELLS;
        writer.update('contacts', id, { ...cells, erased_at: now }, current);
      }
      eraseCustomValues(db, writer, id, now);
      redactActivities(db, writer, id, identifiers);
      scrubErasedContact(db, id, identifiers);
      purgeSearchIndex(db);
    }),
  );
  checkpointAfterErase(db);
  return getContact(db, id);
};
