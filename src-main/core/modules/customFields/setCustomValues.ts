import type { CustomField, CustomValues } from '@shared/contract/schemas/customFields';
import { fieldIssue, type FieldIssueReason } from '@shared/contract/schemas/fields';
import type { CustomFieldEntity } from '@shared/domain/customFields/customFieldKinds';
import type { CustomValue } from '@shared/domain/customFields/CustomValue';
import { fromStoredCustomValue } from '@shared/domain/customFields/fromStoredCustomValue';
import { isCustomValueFilled } from '@shared/domain/customFields/isCustomValueFilled';
import { toStoredCustomValue } from '@shared/domain/customFields/storedCustomValue';
import { validateCustomValue } from '@shared/domain/customFields/validateCustomValue';
import { sql } from 'kysely';
import { ZodError } from 'zod';
import type { ChangeWriter } from '../../changes/ChangeWriter';
import type { Db } from '../../db/Db';
import { prepare, selectFirst } from '../../db/sql';
import { conflictError } from '../../conflictError';
import { notFound } from '../pipelines/notFound';
import { phoneCountryOf } from '../settings/phoneCountryOf';
import { findValueRow, getCustomField, listActiveCustomFields } from './customFields.repo';

export type SetCustomValuesInput = { entity: CustomFieldEntity; recordId: string; values: CustomValues };

/**
 * `creating`: the record was just made by a user in a form (deals.create, leads.create,
 * companies.create, contacts.create), so every active "required always" field of its kind must be
 * among the values, filled; refusals sit on `customValues.<fieldId>` (the create input's key) and
 * name the field. Writes that are not a user filling in a form never ask for it: an import does
 * not map custom fields yet (its rows are made without them and stay editable), an automation's
 * follow-up deal is made by a rule nobody is watching, a side record created by name from a deal
 * or lead form (the company "create «…»") is completed on its page, and sync applies a peer's
 * merged rows as they are — a peer's write was already accepted there, refusing it would fork the
 * data.
 */
export type SetCustomValuesOptions = { creating?: boolean };

const RECORD_TABLES = { deal: 'deals', company: 'companies', contact: 'contacts', activity: 'activities' } as const;
const REFERENCE_TABLES = { user: 'users', company: 'companies', contact: 'contacts' } as const;

const rowExists = (db: Db, table: string, id: string): boolean =>
  selectFirst(
    db,
    db.q
      .selectFrom(sql.table(table).as('t'))
      .select(sql<number>`1`.as('one'))
      .where(sql.ref('t.id'), '=', id)
      .where(sql.ref('t.deleted_at'), 'is', null),
  ) !== undefined;

type Issue = {
  fieldId: string;
  reason: FieldIssueReason;
  message: string;
  /** The field's names, so a form can say which field it is in its language. */
  params?: { nameRu: string; nameEn: string };
};

/** Active "required always" fields of the entity the new record's values leave out (given ones are checked with the rest). */
const missingOnCreate = (db: Db, input: SetCustomValuesInput): Issue[] =>
  listActiveCustomFields(db, input.entity)
    .filter((field) => field.required === 'always' && !(field.id in input.values))
    .map((field) => ({
      fieldId: field.id,
      reason: 'value_required',
      message: `The field «${field.nameEn || field.nameRu}» is required`,
      params: { nameRu: field.nameRu, nameEn: field.nameEn },
    }));

/** The value's rule for this field, with what only the database knows (options held, references). */
const checkValue = (db: Db, field: CustomField, raw: CustomValue, current: CustomValue): Issue | CustomValue => {
  const held = new Set(Array.isArray(current) ? current : typeof current === 'string' ? [current] : []);
  const optionIds = field.options.filter((o) => o.archivedAt === null || held.has(o.id)).map((o) => o.id);
  const check = validateCustomValue({ type: field.type, optionIds }, raw, phoneCountryOf(db));
  if (!check.ok) return { fieldId: field.id, reason: check.reason, message: `Invalid value (${check.reason})` };
  if (field.required === 'always' && !isCustomValueFilled(check.value)) {
    return {
      fieldId: field.id,
      reason: 'value_required',
      message: `The field «${field.nameEn || field.nameRu}» is required`,
      params: { nameRu: field.nameRu, nameEn: field.nameEn },
    };
  }
  const table = REFERENCE_TABLES[field.type as keyof typeof REFERENCE_TABLES];
  if (table && typeof check.value === 'string' && check.value !== current && !rowExists(db, table, check.value)) {
    return { fieldId: field.id, reason: 'record_not_found', message: `No such ${field.type}` };
  }
  return check.value;
};

const isIssue = (value: Issue | CustomValue): value is Issue =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'reason' in value;

/**
 * Writes a record's custom values through the one write path, in the caller's transaction: each
 * value is checked by the field's shared rule (`validateCustomValue`), an "always" required field
 * may not be emptied, a reference must exist; every refusal is reported at once, on
 * `values.<fieldId>`, and nothing is written. Only values that change are written (one
 * change-log message per changed cell). The API the contract and the import build on.
 */
const isContactErased = (db: Db, id: string): boolean =>
  (prepare(db, 'SELECT erased_at FROM contacts WHERE id = ?').pluck().get(id) ?? null) !== null;

export const setCustomValues = (
  db: Db,
  // The write path, or an import's journal (which notes what it writes, for the import's undo).
  writer: Pick<ChangeWriter, 'insert' | 'update'>,
  now: number,
  input: SetCustomValuesInput,
  options: SetCustomValuesOptions = {},
): string[] => {
  if (!rowExists(db, RECORD_TABLES[input.entity], input.recordId)) throw notFound(input.entity, input.recordId);
  if (input.entity === 'contact' && isContactErased(db, input.recordId)) {
    throw conflictError('contact_erased', 'The contact’s personal data was erased');
  }
  const issues: Issue[] = options.creating ? missingOnCreate(db, input) : [];
  const writes: { field: CustomField; value: CustomValue }[] = [];
  for (const [fieldId, raw] of Object.entries(input.values)) {
    const field = getCustomField(db, fieldId);
    if (!field || field.entity !== input.entity || field.archivedAt !== null) throw notFound('customField', fieldId);
    const row = findValueRow(db, input.recordId, fieldId);
    const checked = checkValue(db, field, raw, row ? fromStoredCustomValue(field.type, row) : null);
    if (isIssue(checked)) issues.push(checked);
    else writes.push({ field, value: checked });
  }
  if (issues.length > 0) {
    const root = options.creating ? 'customValues' : 'values';
    throw new ZodError(
      issues.map((issue) => {
        const base = fieldIssue(issue.reason, issue.message);
        return { ...base, params: { ...base.params, ...issue.params }, path: [root, issue.fieldId] };
      }),
    );
  }
  const changed: string[] = [];
  for (const { field, value } of writes) {
    const id = `${input.recordId}:${field.id}`;
    const stored = toStoredCustomValue(field.type, value);
    const row = findValueRow(db, input.recordId, field.id);
    if (row) {
      if (writer.update('custom_values', id, { ...stored, deleted_at: null }, row).length > 0) changed.push(field.id);
    } else if (value !== null) {
      writer.insert('custom_values', {
        id,
        record_id: input.recordId,
        field_id: field.id,
        ...stored,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      });
      changed.push(field.id);
    }
  }
  return changed;
};
