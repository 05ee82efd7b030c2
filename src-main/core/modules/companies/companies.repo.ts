import type {
  Company,
  CompanyCustomerFilter,
  CompanyRow,
  CompanySortField,
  companiesListInputSchema,
} from '@shared/contract/schemas/companies';
import { type Expression, type SqlBool, sql } from 'kysely';
import type { z } from 'zod';
import type { Db } from '../../db/Db';
import type { CompaniesTable, CustomersTable } from '../../db/schema';
import { selectAll, selectFirst } from '../../db/sql';
import { searchWords } from '@shared/domain/foldText';
import { allWordsMatch } from './allWordsMatch';
import { foldedText } from './foldedText';
import { phoneSearchPatterns } from './phoneSearchPatterns';
import type { CustomFieldType } from '@shared/domain/customFields/customFieldKinds';
import { customValuesOf } from '../customFields/customFields.repo';
import { customRefNamesOf } from '../customFields/customRefNamesOf';
import { customFieldTypes } from '../customFields/customFieldTypes';
import { customFilterCondition } from '../customFields/customFilterCondition';
import { customSortExpression } from '../customFields/customSortExpression';
import { isCustomSortField } from '../customFields/isCustomSortField';
import { segmentCompanyCondition } from '../segments/segmentConditions';
import { segmentRulesOf } from '../segments/segmentRulesOf';

/** The custom fields a query filters or sorts by, with their types. */
type CustomTypes = ReadonlyMap<string, CustomFieldType>;

export type CompaniesListQuery = z.output<typeof companiesListInputSchema>;
type OpenTotals = { open_deals: number; open_value_minor: number };
type CompanyJoinedRow = CompaniesTable & {
  owner_name: string | null;
  customer_status: CustomersTable['status'] | null;
  customer_since: number | null;
};

export const toCompany = (row: CompaniesTable): Company => ({
  id: row.id,
  name: row.name,
  inn: row.inn,
  kpp: row.kpp,
  ogrn: row.ogrn,
  industry: row.industry,
  size: row.size,
  region: row.region,
  segment: row.segment,
  website: row.website,
  domain: row.domain,
  phone: row.phone,
  phoneNormalized: row.phone_normalized,
  email: row.email,
  ownerId: row.owner_id,
  notes: row.notes,
  annualRevenueMinor: row.annual_revenue_minor,
  icpFit: row.icp_fit,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

const toCompanyRow = (row: CompanyJoinedRow, totals: OpenTotals | undefined, currency: string): CompanyRow => ({
  ...toCompany(row),
  ownerName: row.owner_name,
  openDeals: totals?.open_deals ?? 0,
  openValueMinor: totals?.open_value_minor ?? 0,
  currency,
  customerStatus: row.customer_status,
  customerSince: row.customer_since,
});

/** Tombstoned rows too: history, undo and links from old deals still resolve them. */
export const findCompanyRow = (db: Db, id: string): CompaniesTable | undefined =>
  selectFirst(db, db.q.selectFrom('companies').selectAll().where('id', '=', id));

/**
 * Open deals per company in one grouped query: count, and the sum of those in the workspace
 * currency (amounts in different currencies do not add up).
 */
const openDealTotals = (db: Db, currency: string) =>
  db.q
    .selectFrom('deals')
    .select([
      'company_id',
      (eb) => eb.fn.countAll<number>().as('open_deals'),
      sql<number>`coalesce(sum(CASE WHEN currency = ${currency} THEN value_minor END), 0)`.as('open_value_minor'),
    ])
    .where('status', '=', 'open')
    .where('deleted_at', 'is', null)
    .where('company_id', 'is not', null)
    .groupBy('company_id');

/** With the owner and the customer record (one row per company: the customer's id is the company's). */
const liveCompanies = (db: Db) =>
  db.q
    .selectFrom('companies as c')
    .leftJoin('users as u', 'u.id', 'c.owner_id')
    .leftJoin('customers as cu', (join) => join.onRef('cu.id', '=', 'c.id').on('cu.deleted_at', 'is', null))
    .where('c.deleted_at', 'is', null);

const CUSTOMER_CONDITIONS: Record<CompanyCustomerFilter, Expression<SqlBool>> = {
  current: sql<SqlBool>`cu.status IN ('onboarding', 'active')`,
  onboarding: sql<SqlBool>`cu.status = 'onboarding'`,
  active: sql<SqlBool>`cu.status = 'active'`,
  churned: sql<SqlBool>`cu.status = 'churned'`,
  none: sql<SqlBool>`cu.id IS NULL`,
};

/**
 * Every word of the box in the name, INN, web domain or e-mail (folded alike, any order), or the
 * box as part of a phone number.
 */
const searchCondition = (search: string): Expression<SqlBool> => {
  const words = allWordsMatch(searchWords(search), (pattern) => [
    sql<SqlBool>`c.sort_key LIKE ${pattern}`,
    sql<SqlBool>`c.inn LIKE ${pattern}`,
    sql<SqlBool>`${foldedText('c.domain')} LIKE ${pattern}`,
    sql<SqlBool>`${foldedText('c.email')} LIKE ${pattern}`,
  ]);
  const phones = phoneSearchPatterns(search).map((p) => sql`c.phone_normalized LIKE ${p}`);
  return sql<SqlBool>`(${sql.join([words, ...phones], sql` OR `)})`;
};

const filteredCompanies = (db: Db, filter: CompaniesListQuery, types: CustomTypes) => {
  let query = liveCompanies(db);
  for (const custom of filter.customFilters ?? []) {
    query = query.where(customFilterCondition('c.id', types.get(custom.fieldId) ?? 'text', custom));
  }
  if (filter.industry !== undefined) query = query.where('c.industry', '=', filter.industry);
  if (filter.size !== undefined) query = query.where('c.size', '=', filter.size);
  if (filter.region !== undefined) query = query.where('c.region', '=', filter.region);
  if (filter.segment !== undefined) query = query.where('c.segment', '=', filter.segment);
  if (filter.segmentId !== undefined) {
    query = query.where(segmentCompanyCondition(db, segmentRulesOf(db, filter.segmentId), 'c'));
  }
  if (filter.ownerId !== undefined) {
    query =
      filter.ownerId === null ? query.where('c.owner_id', 'is', null) : query.where('c.owner_id', '=', filter.ownerId);
  }
  if (filter.customer !== undefined) query = query.where(CUSTOMER_CONDITIONS[filter.customer]);
  if (filter.search) query = query.where(searchCondition(filter.search));
  return query;
};

/** Text sorts folded (`foldText`; names by their stored key); size by magnitude; empty values last either way. */
const SORT_EXPRESSIONS: Record<CompanySortField, Expression<unknown>> = {
  name: sql`c.sort_key`,
  inn: sql`c.inn`,
  kpp: sql`c.kpp`,
  ogrn: sql`c.ogrn`,
  industry: foldedText('c.industry'),
  size: sql`CASE c.size WHEN 'micro' THEN 1 WHEN 'small' THEN 2 WHEN 'medium' THEN 3 WHEN 'large' THEN 4 WHEN 'enterprise' THEN 5 END`,
  region: foldedText('c.region'),
  segment: foldedText('c.segment'),
  domain: sql`c.domain`,
  phone: sql`c.phone_normalized`,
  email: sql`c.email`,
  ownerName: foldedText('u.name'),
  openDeals: sql`coalesce(d.open_deals, 0)`,
  openValueMinor: sql`coalesce(d.open_value_minor, 0)`,
  customerSince: sql`cu.since_at`,
  createdAt: sql`c.created_at`,
  updatedAt: sql`c.updated_at`,
};

const COMPUTED_SORTS: ReadonlySet<CompanySortField> = new Set(['openDeals', 'openValueMinor']);

/**
 * The ids of one page in the table's order, and the count of all matches in the same scan.
 * Only the sort key and the id go through the sorter; whole rows are read for the page alone.
 */
const pageIds = (
  db: Db,
  filter: CompaniesListQuery,
  types: CustomTypes,
  currency: string,
): { ids: string[]; total: number | null } => {
  const direction = filter.sort.dir;
  const field = filter.sort.field;
  const base = filteredCompanies(db, filter, types).select(['c.id', sql<number>`count(*) OVER ()`.as('total')]);
  // Sorting by a deal figure needs every company's totals, by a custom field its value row; any other sort neither.
  const query = isCustomSortField(field)
    ? base.leftJoin('custom_values as s', (join) => join.on(sql<SqlBool>`s.id = c.id || ${`:${field.slice(3)}`}`))
    : COMPUTED_SORTS.has(field)
      ? base.leftJoin(openDealTotals(db, currency).as('d'), 'd.company_id', 'c.id')
      : base;
  const order = isCustomSortField(field)
    ? customSortExpression(types.get(field.slice(3)) ?? 'text', 's')
    : SORT_EXPRESSIONS[field];
  const rows = selectAll(
    db,
    query
      .orderBy(order, (ob) => (direction === 'asc' ? ob.asc() : ob.desc()).nullsLast())
      .orderBy('c.id', direction)
      .limit(filter.limit)
      .offset(filter.offset),
  );
  return { ids: rows.map((row) => row.id), total: rows[0]?.total ?? null };
};

const rowsByIds = (db: Db, ids: readonly string[]): Map<string, CompanyJoinedRow> => {
  if (ids.length === 0) return new Map();
  const rows = selectAll(
    db,
    db.q
      .selectFrom('companies as c')
      .leftJoin('users as u', 'u.id', 'c.owner_id')
      .leftJoin('customers as cu', (join) => join.onRef('cu.id', '=', 'c.id').on('cu.deleted_at', 'is', null))
      .selectAll('c')
      .select(['u.name as owner_name', 'cu.status as customer_status', 'cu.since_at as customer_since'])
      .where('c.id', 'in', ids),
  );
  return new Map(rows.map((row) => [row.id, row]));
};

/** Open-deal totals of the given companies only (the page), one grouped query. */
const totalsFor = (db: Db, ids: readonly string[], currency: string): Map<string, OpenTotals> => {
  if (ids.length === 0) return new Map();
  // `+status` keeps SQLite on the company index: by status it would read every open deal.
  const rows = selectAll(
    db,
    db.q
      .selectFrom('deals')
      .select([
        'company_id',
        (eb) => eb.fn.countAll<number>().as('open_deals'),
        sql<number>`coalesce(sum(CASE WHEN currency = ${currency} THEN value_minor END), 0)`.as('open_value_minor'),
      ])
      .where('company_id', 'in', ids)
      .where(sql`+status`, '=', 'open')
      .where('deleted_at', 'is', null)
      .groupBy('company_id'),
  );
  return new Map(rows.map((row) => [row.company_id ?? '', row]));
};

export const listCompanies = (
  db: Db,
  filter: CompaniesListQuery,
  currency: string,
): { rows: CompanyRow[]; total: number } => {
  const types = customFieldTypes(db, 'company', filter);
  const page = pageIds(db, filter, types, currency);
  const found = rowsByIds(db, page.ids);
  const totals = totalsFor(db, page.ids, currency);
  const customValues = customValuesOf(db, page.ids);
  const refNames = customRefNamesOf(db, customValues);
  const rows = page.ids.flatMap((id) => {
    const row = found.get(id);
    if (!row) return [];
    const custom = { customValues: customValues.get(id) ?? {}, customRefNames: refNames.get(id) ?? {} };
    return [{ ...toCompanyRow(row, totals.get(id), currency), ...custom }];
  });
  // A page past the end has no row to carry the count.
  const total =
    page.total ??
    selectFirst(
      db,
      filteredCompanies(db, filter, types).select((eb) => eb.fn.countAll<number>().as('n')),
    )?.n ??
    0;
  return { rows, total };
};

export const findCompanyOwnerName = (db: Db, ownerId: string | null): string | null =>
  ownerId === null
    ? null
    : (selectFirst(db, db.q.selectFrom('users').select('name').where('id', '=', ownerId))?.name ?? null);

type FacetColumn = 'industry' | 'region' | 'segment';

/** Values of one column in use by live companies, most common first. */
export const companyFacet = (db: Db, column: FacetColumn): { value: string; count: number }[] =>
  selectAll(
    db,
    db.q
      .selectFrom('companies')
      .select([`${column} as value`, (eb) => eb.fn.countAll<number>().as('count')])
      .where('deleted_at', 'is', null)
      .where(column, 'is not', null)
      .groupBy(column)
      .orderBy('count', 'desc')
      .orderBy(foldedText(column)),
  ).map((row) => ({ value: row.value ?? '', count: row.count }));

export type CompanyDuplicateKeys = {
  inn: string | null;
  email: string | null;
  phoneNormalized: string | null;
  domain: string | null;
  /** companyNameKey of the name (stored as companies.name_key). */
  nameKey: string | null;
  exceptId: string | null;
};

export type CompanyCandidateRow = Pick<
  CompaniesTable,
  'id' | 'name' | 'inn' | 'domain' | 'email' | 'phone' | 'phone_normalized' | 'name_key'
>;

/** Live companies sharing any key; every key has its own index. */
export const findCompanyDuplicateCandidates = (db: Db, keys: CompanyDuplicateKeys): CompanyCandidateRow[] => {
  const conditions: Expression<SqlBool>[] = [];
  if (keys.inn !== null) conditions.push(sql<SqlBool>`inn = ${keys.inn}`);
  // COLLATE NOCASE matches the index; stored addresses are lower case already.
  if (keys.email !== null) conditions.push(sql<SqlBool>`email = ${keys.email} COLLATE NOCASE`);
  if (keys.phoneNormalized !== null) conditions.push(sql<SqlBool>`phone_normalized = ${keys.phoneNormalized}`);
  if (keys.domain !== null) conditions.push(sql<SqlBool>`domain = ${keys.domain}`);
  if (keys.nameKey !== null) conditions.push(sql<SqlBool>`name_key = ${keys.nameKey}`);
  if (conditions.length === 0) return [];
  let query = db.q
    .selectFrom('companies')
    .select(['id', 'name', 'inn', 'domain', 'email', 'phone', 'phone_normalized', 'name_key'])
    .where('deleted_at', 'is', null)
    .where(sql<SqlBool>`(${sql.join(conditions, sql` OR `)})`);
  if (keys.exceptId !== null) query = query.where('id', '!=', keys.exceptId);
  return selectAll(db, query.orderBy('created_at').orderBy('id'));
};
