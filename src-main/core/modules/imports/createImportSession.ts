import type { DedupeKey, ImportMapping } from '@shared/contract/schemas/imports';
import type { Settings } from '@shared/contract/schemas/settings';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { foldText } from '@shared/domain/foldText';
import { IMPORT_ROLE_WORDS } from '@shared/domain/import/importRoleWords';
import type { ImportDate } from '@shared/domain/import/parseImportDate';
import { localMidnight } from '@shared/domain/kpi/periodRange';
import { normalizeEmail } from '@shared/domain/normalizeEmail';
import type { CountryCode } from 'libphonenumber-js/min';
import { v7 as uuidv7 } from 'uuid';
import type { RowValues } from '../../changes/ChangeWriter';
import type { Db } from '../../db/Db';
import type { ImportJournal } from './createImportJournal';
import { createKeyIndex, type KeyIndex, type RecordImportEntity } from './createKeyIndex';
import type { FieldValue, RecordIssue } from './ImportRecord';

export type Outcome = 'created' | 'updated' | 'skipped';

export type SessionOptions = {
  db: Db;
  journal: ImportJournal;
  now: number;
  actorId: string | null;
  settings: Settings;
  mapping: ImportMapping;
};

const SIZES = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;

/** The keys a reference by name looks a record up by (userRef, companyRef, contactRef, the call importer). */
const REFERENCE_KEYS: Record<RecordImportEntity, readonly DedupeKey[]> = {
  users: ['email', 'name'],
  companies: ['inn', 'name'],
  contacts: ['email', 'name'],
  deals: [],
};

/**
 * The key kinds an import looks an entity's records up by: the mapping's dedupe keys for its own
 * entity, the reference keys for the entities its rows name (a users file names managers, who are
 * users too). Nothing else is computed or kept per row.
 */
export const keyKindsOf = (mapping: ImportMapping, entity: RecordImportEntity): DedupeKey[] => {
  const own = entity === mapping.entity;
  const kinds = new Set<DedupeKey>(own && entity !== 'users' ? [] : REFERENCE_KEYS[entity]);
  if (own && mapping.dedupe.action !== 'create') for (const key of mapping.dedupe.keys) kinds.add(key);
  return [...kinds];
};

const timestamps = (now: number) => ({ created_at: now, updated_at: now, deleted_at: null });
const text = (value: FieldValue | undefined): string | null => (typeof value === 'string' ? value : null);

/** A day from the file at its time (or midnight) in the workspace's zone, as epoch ms. */
export const dateToEpoch = (date: ImportDate, timeZone: string): number => {
  const [year, month, day] = date.date.split('-').map(Number) as [number, number, number];
  return localMidnight(year, month, day, timeZone).getTime() + (date.minutes ?? 0) * 60_000;
};

/**
 * One import's writes: references resolved (and people and companies the file names but the
 * database lacks created), duplicates found by the mapping's keys against live records and the
 * rows already imported, and each record inserted or updated through the journal.
 */
export const createImportSession = (options: SessionOptions) => {
  const { db, journal, now, actorId, settings, mapping } = options;
  const country = settings['workspace.phoneCountry'] as CountryCode;
  const indexes = new Map<RecordImportEntity, KeyIndex>();
  const index = (entity: RecordImportEntity): KeyIndex => {
    let found = indexes.get(entity);
    if (!found) indexes.set(entity, (found = createKeyIndex(db, entity, country, keyKindsOf(mapping, entity))));
    return found;
  };

  const findUser = (name: string): string | undefined => {
    const email = normalizeEmail(name);
    return index('users').find(email ? [`email:${email}`] : index('users').keysOf({ name }, ['name']));
  };

  /** A person the file names who is not a user yet becomes one (a rep, or a manager when named as one). */
  const userRef = (name: string, role: 'rep' | 'manager', issues: RecordIssue[], field: string): string => {
    const found = findUser(name);
    if (found) return found;
    const id = uuidv7();
    const email = normalizeEmail(name);
    const userName = email ? (email.split('@')[0] ?? name) : name;
    journal.insert('users', { id, name: userName, email, role, manager_id: null, active: 1, ...timestamps(now) });
    index('users').add(id, { name: userName, email });
    issues.push({ field, reason: 'user_created', value: name });
    return id;
  };

  const companyRef = (name: string, issues: RecordIssue[]): string => {
    const companies = index('companies');
    const found = companies.find(
      companies.keysOf({ name, inn: /^\d{10}$|^\d{12}$/u.test(name) ? name : null }, ['inn', 'name']),
    );
    if (found) return found;
    const id = uuidv7();
    journal.insert('companies', {
      id,
      name,
      inn: null,
      kpp: null,
      ogrn: null,
      industry: null,
      size: null,
      region: null,
      segment: null,
      website: null,
      phone: null,
      email: null,
      owner_id: actorId,
      notes: null,
      ...timestamps(now),
    });
    companies.add(id, { name });
    issues.push({ field: 'company', reason: 'company_created', value: name });
    return id;
  };

  const contactRef = (name: string, companyId: string | null, issues: RecordIssue[]): string => {
    const contacts = index('contacts');
    const email = normalizeEmail(name);
    const found = contacts.find(email ? [`email:${email}`] : contacts.keysOf({ name }, ['name']));
    if (found) return found;
    const id = uuidv7();
    const row = { id, company_id: companyId, name, job_title: null, role: null, persona: null, email, phone: null };
    journal.insert('contacts', { ...row, owner_id: actorId, notes: null, ...timestamps(now) });
    contacts.add(id, { name, email });
    issues.push({ field: 'contact', reason: 'contact_created', value: name });
    return id;
  };

  return { index, userRef, companyRef, contactRef, country, db, journal, now, actorId, settings, mapping };
};

export type ImportSession = ReturnType<typeof createImportSession>;

/** Role words in Russian and English ("Руководитель" → manager); unknown ones are a warning. */
export const roleOf = (value: FieldValue | undefined, issues: RecordIssue[]): 'rep' | 'manager' | 'admin' | null => {
  const word = text(value);
  if (word === null) return null;
  const role = IMPORT_ROLE_WORDS[foldText(word)];
  if (!role) issues.push({ field: 'role', reason: 'unknown_value', value: word });
  return role ?? null;
};

export const sizeOf = (value: FieldValue | undefined, issues: RecordIssue[]): RowValues['size'] => {
  const word = text(value);
  if (word === null) return null;
  const size = SIZES.find((candidate) => candidate === foldText(word));
  if (!size) issues.push({ field: 'size', reason: 'unknown_value', value: word });
  return size ?? null;
};

/** An amount in minor units of its currency (kopecks, cents; yen have none). */
export const minorUnits = (value: number, currency: string): number =>
  Math.round(value * 10 ** currencyExponent(currency));

export const textField = text;
