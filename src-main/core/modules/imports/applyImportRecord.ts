import type { DedupeFields } from '@shared/domain/import/importDedupeKeys';
import { v7 as uuidv7 } from 'uuid';
import type { RowValues } from '../../changes/ChangeWriter';
import type { SyncedTable } from '../../db/schema';
import { roleOf, sizeOf, textField, type ImportSession, type Outcome } from './createImportSession';
import type { CustomField } from '@shared/contract/schemas/customFields';
import { listActiveCustomFields } from '../customFields/customFields.repo';
import type { DealPlan } from './dealPlan';
import { dealRow, insertDealSteps } from './dealRow';
import type { ImportRecord } from './ImportRecord';
import type { RecordImportEntity } from './createKeyIndex';
import { applyCustomCells, CUSTOM_ENTITY, customFieldIdsOf } from './applyCustomCells';

const REQUIRED: Record<RecordImportEntity, string> = {
  users: 'name',
  companies: 'name',
  contacts: 'name',
  deals: 'title',
};

const alwaysRequired = new WeakMap<ImportSession, Map<RecordImportEntity, CustomField[]>>();

/**
 * A created row whose file gave no value for one of its "required always" custom fields is
 * imported all the same (refusing it would refuse every row of a file that lacks the column) and
 * the report names each field left empty on it, to be filled on the record. Unlike a form's
 * create (setCustomValues' `creating`), nothing here is refused for it.
 */
const reportEmptyRequired = (session: ImportSession, record: ImportRecord): void => {
  const entity = session.mapping.entity as RecordImportEntity;
  if (entity === 'users') return;
  let byEntity = alwaysRequired.get(session);
  if (!byEntity) alwaysRequired.set(session, (byEntity = new Map()));
  let fields = byEntity.get(entity);
  if (!fields) {
    fields = listActiveCustomFields(session.db, CUSTOM_ENTITY[entity]).filter((field) => field.required === 'always');
    byEntity.set(entity, fields);
  }
  if (fields.length === 0) return;
  const given = new Set(customFieldIdsOf(record));
  for (const field of fields) {
    if (given.has(field.id)) continue;
    record.issues.push({ field: null, reason: 'custom_required_empty', value: field.nameRu || field.nameEn });
  }
};

const dedupeFields = (record: ImportRecord): DedupeFields => {
  const get = (field: string) => textField(record.fields.get(field));
  return {
    name: get('name'),
    title: get('title'),
    inn: get('inn'),
    email: get('email'),
    phone: get('phone'),
    website: get('website'),
  };
};

const userRow = (session: ImportSession, record: ImportRecord): RowValues => {
  const manager = textField(record.fields.get('manager'));
  return {
    name: textField(record.fields.get('name')),
    email: textField(record.fields.get('email')),
    role: roleOf(record.fields.get('role'), record.issues) ?? 'rep',
    manager_id: manager ? session.userRef(manager, 'manager', record.issues, 'manager') : null,
    active: 1,
  };
};

const companyRow = (session: ImportSession, record: ImportRecord): RowValues => {
  const get = (field: string) => textField(record.fields.get(field));
  const owner = get('owner');
  return {
    name: get('name'),
    inn: get('inn'),
    kpp: get('kpp'),
    ogrn: get('ogrn'),
    industry: get('industry'),
    size: sizeOf(record.fields.get('size'), record.issues),
    region: get('region'),
    segment: get('segment'),
    website: get('website'),
    phone: get('phone'),
    email: get('email'),
    owner_id: owner ? session.userRef(owner, 'rep', record.issues, 'owner') : session.actorId,
    notes: get('notes'),
  };
};

const contactRow = (session: ImportSession, record: ImportRecord): RowValues => {
  const get = (field: string) => textField(record.fields.get(field));
  const company = get('company');
  const owner = get('owner');
  return {
    company_id: company ? session.companyRef(company, record.issues) : null,
    name: get('name'),
    job_title: get('jobTitle'),
    role: null,
    persona: null,
    email: get('email'),
    phone: get('phone'),
    owner_id: owner ? session.userRef(owner, 'rep', record.issues, 'owner') : session.actorId,
    notes: get('notes'),
  };
};

/** The columns the file gave a value for: an update never blanks what the file left empty. */
const givenColumns = (row: Record<string, RowValues[string] | undefined>): RowValues =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null && value !== undefined)) as RowValues;

/**
 * One record into the database: a row without its required field is skipped with a warning; a
 * duplicate (by the mapping's keys, among live records and the rows imported before it) is
 * skipped, updated with the fields the file gives, or created anyway, as the mapping says.
 */
export const applyImportRecord = (session: ImportSession, plan: DealPlan | null, record: ImportRecord): Outcome => {
  const { dedupe } = session.mapping;
  const entity = session.mapping.entity as RecordImportEntity;
  if (!record.fields.has(REQUIRED[entity])) {
    record.issues.push({ field: REQUIRED[entity], reason: 'required_missing', value: null });
    return 'skipped';
  }
  const index = session.index(entity);
  const fields = dedupeFields(record);
  const keys = dedupe.action === 'create' ? [] : index.keysOf(fields, dedupe.keys);
  const match = keys.length > 0 ? index.find(keys) : undefined;
  if (match !== undefined && dedupe.action === 'skip') {
    record.issues.push({ field: null, reason: 'duplicate_skipped', value: keys[0] ?? null });
    return 'skipped';
  }
  const table = entity as SyncedTable;
  if (entity === 'deals' && plan) {
    const build = dealRow(session, plan, record);
    if (match !== undefined) {
      // An existing deal keeps its place and history; the file updates what it describes.
      const { title, value_minor, currency, owner_id, company_id, contact_id, source_id, expected_close_on, notes } =
        build.row;
      const patch = {
        title,
        value_minor,
        currency,
        owner_id,
        company_id,
        contact_id,
        source_id,
        expected_close_on,
        notes,
      };
      session.journal.update(table, match, givenColumns(patch));
      applyCustomCells(session, 'deals', match, record);
      return 'updated';
    }
    const id = uuidv7();
    const row = {
      ...build.row,
      id,
      position: plan.position(build.row.stage_id as string),
      updated_at: session.now,
      deleted_at: null,
    };
    session.journal.insert(table, row);
    insertDealSteps(session, id, build);
    index.add(id, fields);
    applyCustomCells(session, 'deals', id, record);
    reportEmptyRequired(session, record);
    return 'created';
  }
  const row =
    entity === 'users'
      ? userRow(session, record)
      : entity === 'companies'
        ? companyRow(session, record)
        : contactRow(session, record);
  if (match !== undefined) {
    session.journal.update(table, match, givenColumns(row));
    if (entity !== 'users') applyCustomCells(session, entity, match, record);
    return 'updated';
  }
  const id = uuidv7();
  session.journal.insert(table, { ...row, id, created_at: session.now, updated_at: session.now, deleted_at: null });
  index.add(id, fields);
  if (entity !== 'users') applyCustomCells(session, entity, id, record);
  reportEmptyRequired(session, record);
  return 'created';
};
