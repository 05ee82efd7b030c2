import type { Contact, ContactRow, ContactSortField, contactsListInputSchema } from '@shared/contract/schemas/contacts';
import { type Expression, type SqlBool, sql } from 'kysely';
import type { z } from 'zod';
import type { Db } from '../../db/Db';
import type { ContactsTable } from '../../db/schema';
import { selectAll, selectFirst } from '../../db/sql';
import { searchWords } from '@shared/domain/foldText';
import { allWordsMatch } from '../companies/allWordsMatch';
import { foldedText } from '../companies/foldedText';
import { phoneSearchPatterns } from '../companies/phoneSearchPatterns';
import type { CustomFieldType } from '@shared/domain/customFields/customFieldKinds';
import { customValuesOf } from '../customFields/customFields.repo';
import { customRefNamesOf } from '../customFields/customRefNamesOf';
import { customFieldTypes } from '../customFields/customFieldTypes';
import { customFilterCondition } from '../customFields/customFilterCondition';
import { customSortExpression } from '../customFields/customSortExpression';
import { isCustomSortField } from '../customFields/isCustomSortField';

/** The custom fields a query filters or sorts by, with their types. */
type CustomTypes = ReadonlyMap<string, CustomFieldType>;

export type ContactsListQuery = z.output<typeof contactsListInputSchema>;
type ContactJoinedRow = ContactsTable & { company_name: string | null; owner_name: string | null };

export const toContact = (row: ContactsTable): Contact => ({
  id: row.id,
  companyId: row.company_id,
  name: row.name,
  jobTitle: row.job_title,
  role: row.role,
  persona: row.persona,
  email: row.email,
  phone: row.phone,
  phoneNormalized: row.phone_normalized,
  ownerId: row.owner_id,
  notes: row.notes,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
  erasedAt: row.erased_at,
});

const toContactRow = (row: ContactJoinedRow): ContactRow => ({
  ...toContact(row),
  companyName: row.company_name,
  ownerName: row.owner_name,
});

/** Tombstoned rows too: history, undo and links from old deals still resolve them. */
export const findContactRow = (db: Db, id: string): ContactsTable | undefined =>
  selectFirst(db, db.q.selectFrom('contacts').selectAll().where('id', '=', id));

/** Contacts with their (live) company's name and their owner's name; tombstones left out. */
const joinedContacts = (db: Db) =>
  db.q
    .selectFrom('contacts as ct')
    .leftJoin('companies as co', (join) => join.onRef('co.id', '=', 'ct.company_id').on('co.deleted_at', 'is', null))
    .leftJoin('users as u', 'u.id', 'ct.owner_id')
    .where('ct.deleted_at', 'is', null);

/** Text sorts folded (`foldText`; names by their stored key); empty values go last either way. */
const SORT_EXPRESSIONS: Record<ContactSortField, Expression<unknown>> = {
  name: sql`ct.sort_key`,
  companyName: sql`co.sort_key`,
  jobTitle: foldedText('ct.job_title'),
  role: sql`ct.role`,
  email: sql`ct.email`,
  phone: sql`ct.phone_normalized`,
  ownerName: foldedText('u.name'),
  createdAt: sql`ct.created_at`,
  updatedAt: sql`ct.updated_at`,
};

/** Every word of the box in the name or e-mail (folded alike, any order), or the box as part of a phone. */
const searchCondition = (search: string): Expression<SqlBool> => {
  const words = allWordsMatch(searchWords(search), (pattern) => [
    sql<SqlBool>`ct.sort_key LIKE ${pattern}`,
    sql<SqlBool>`${foldedText('ct.email')} LIKE ${pattern}`,
  ]);
  const phones = phoneSearchPatterns(search).map((p) => sql`ct.phone_normalized LIKE ${p}`);
  return sql<SqlBool>`(${sql.join([words, ...phones], sql` OR `)})`;
};

const filteredContacts = (db: Db, filter: ContactsListQuery, types: CustomTypes) => {
  let query = joinedContacts(db);
  for (const custom of filter.customFilters ?? []) {
    query = query.where(customFilterCondition('ct.id', types.get(custom.fieldId) ?? 'text', custom));
  }
  if (filter.companyId) query = query.where('ct.company_id', '=', filter.companyId);
  if (filter.role) query = query.where('ct.role', '=', filter.role);
  if (filter.ownerId !== undefined) {
    query =
      filter.ownerId === null
        ? query.where('ct.owner_id', 'is', null)
        : query.where('ct.owner_id', '=', filter.ownerId);
  }
  if (filter.search) query = query.where(searchCondition(filter.search));
  return query;
};

/** Ids of one page and the count of all matches in one scan; whole rows are read for the page only. */
const pageIds = (db: Db, filter: ContactsListQuery, types: CustomTypes): { ids: string[]; total: number | null } => {
  const direction = filter.sort.dir;
  const field = filter.sort.field;
  const base = filteredContacts(db, filter, types).select(['ct.id', sql<number>`count(*) OVER ()`.as('total')]);
  // A custom field sorts by its value row, joined for this sort only.
  const query = isCustomSortField(field)
    ? base.leftJoin('custom_values as s', (join) => join.on(sql<SqlBool>`s.id = ct.id || ${`:${field.slice(3)}`}`))
    : base;
  const order = isCustomSortField(field)
    ? customSortExpression(types.get(field.slice(3)) ?? 'text', 's')
    : SORT_EXPRESSIONS[field];
  const rows = selectAll(
    db,
    query
      .orderBy(order, (ob) => (direction === 'asc' ? ob.asc() : ob.desc()).nullsLast())
      .orderBy('ct.id', direction)
      .limit(filter.limit)
      .offset(filter.offset),
  );
  return { ids: rows.map((row) => row.id), total: rows[0]?.total ?? null };
};

export const listContacts = (db: Db, filter: ContactsListQuery): { rows: ContactRow[]; total: number } => {
  const types = customFieldTypes(db, 'contact', filter);
  const page = pageIds(db, filter, types);
  const found =
    page.ids.length === 0
      ? []
      : selectAll(
          db,
          joinedContacts(db)
            .selectAll('ct')
            .select(['co.name as company_name', 'u.name as owner_name'])
            .where('ct.id', 'in', page.ids),
        );
  const customValues = customValuesOf(db, page.ids);
  const refNames = customRefNamesOf(db, customValues);
  const byId = new Map(
    found.map((row) => [
      row.id,
      {
        ...toContactRow(row),
        customValues: customValues.get(row.id) ?? {},
        customRefNames: refNames.get(row.id) ?? {},
      },
    ]),
  );
  const rows = page.ids.flatMap((id) => byId.get(id) ?? []);
  // A page past the end has no row to carry the count.
  const total =
    page.total ??
    selectFirst(
      db,
      filteredContacts(db, filter, types).select((eb) => eb.fn.countAll<number>().as('n')),
    )?.n ??
    0;
  return { rows, total };
};

/** A company's live contacts by name, for its page. */
export const listCompanyContacts = (db: Db, companyId: string): ContactRow[] =>
  selectAll(
    db,
    joinedContacts(db)
      .where('ct.company_id', '=', companyId)
      .selectAll('ct')
      .select(['co.name as company_name', 'u.name as owner_name'])
      .orderBy('ct.sort_key')
      .orderBy('ct.id'),
  ).map(toContactRow);

export type ContactDuplicateRow = {
  id: string;
  name: string;
  company_id: string | null;
  company_name: string | null;
  email: string | null;
  phone: string | null;
  phone_normalized: string | null;
};

/** Live contacts sharing the normalised e-mail or phone (indexed columns), except `exceptId`. */
export const findContactsByEmailOrPhone = (
  db: Db,
  keys: { email: string | null; phoneNormalized: string | null; exceptId: string | null },
): ContactDuplicateRow[] => {
  if (keys.email === null && keys.phoneNormalized === null) return [];
  let query = joinedContacts(db)
    .select([
      'ct.id',
      'ct.name',
      'ct.company_id',
      'co.name as company_name',
      'ct.email',
      'ct.phone',
      'ct.phone_normalized',
    ])
    .where((eb) =>
      eb.or([
        // COLLATE NOCASE matches the index; stored addresses are lower case already.
        ...(keys.email === null ? [] : [sql<SqlBool>`ct.email = ${keys.email} COLLATE NOCASE`]),
        ...(keys.phoneNormalized === null ? [] : [eb('ct.phone_normalized', '=', keys.phoneNormalized)]),
      ]),
    );
  if (keys.exceptId !== null) query = query.where('ct.id', '!=', keys.exceptId);
  return selectAll(db, query.orderBy('ct.created_at').limit(50));
};
