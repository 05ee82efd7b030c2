import { companyNameKey } from '@shared/domain/companyNameKey';
import { foldText } from '@shared/domain/foldText';
import { normalizeDomain } from '@shared/domain/normalizeDomain';
import { normalizePhone } from '@shared/domain/normalizePhone';

/** How numbers stored before the international-form rule were read (the only reading then). */
const LEGACY_PHONE_COUNTRY = 'RU';
import { bestIcpFit, type IcpProfileForFit } from '@shared/domain/bestIcpFit';
import type { Db } from '../db/Db';
import type { SyncedTable } from '../db/schema';
import { approvedIcpProfiles } from '../modules/icp/approvedIcpProfiles';
import { companyIcpFacts, ICP_FACT_COLUMNS } from '../modules/icp/companyIcpFacts';
import type { RowValues, SqlValue } from './ChangeWriter';

/**
 * A column computed from others of its row (and, for the ICP fit, the approved profiles the
 * database holds), stored only to match, search or sort on.
 */
export type DerivedColumn = { from: readonly string[]; derive(row: RowValues, db: Db, memo?: DeriveMemo): SqlValue };

/**
 * What derived columns read besides their row (the approved ICP profiles), kept for one writer:
 * read once per write, not once per row of an import. `written(table)` forgets what that table
 * holds, so a writer that approves a profile and then writes a company sees the new profile.
 */
export type DeriveMemo = {
  icpProfiles(db: Db): IcpProfileForFit[];
  written(table: string): void;
};

export const createDeriveMemo = (): DeriveMemo => {
  let profiles: IcpProfileForFit[] | null = null;
  return {
    icpProfiles: (db) => (profiles ??= approvedIcpProfiles(db)),
    written(table) {
      if (table === 'icp_profiles') profiles = null;
    },
  };
};

const text = (value: SqlValue | undefined): string | null => (typeof value === 'string' ? value : null);

/**
 * The E.164 key of the stored phone, never of the workspace's default phone country: stored
 * numbers are in international form ("+7 701 …", written so by the core), whose key does not
 * depend on a default country, so every device derives the same key whatever its setting and a
 * change of the setting re-keys nothing. Numbers stored as typed before that rule were typed
 * when Russia was the only reading, so they keep being read as Russian.
 */
const phoneKey: DerivedColumn = {
  from: ['phone'],
  derive: (row) => {
    const phone = text(row.phone);
    return phone === null ? null : normalizePhone(phone, LEGACY_PHONE_COUNTRY);
  },
};

/** foldText(name): what tables sort names by and searches match them on. */
const nameSortKey: DerivedColumn = { from: ['name'], derive: (row) => foldText(text(row.name) ?? '') };

/** foldText(column), or null for an empty column: what segments compare industries and regions by. */
const foldedKey = (column: string): DerivedColumn => ({
  from: [column],
  derive: (row) => {
    const value = text(row[column]);
    return value === null ? null : foldText(value);
  },
});

/**
 * Every derived column, by table. The one write path computes them from the row it writes and
 * never logs them: a message carries what a person changed, and a device applying it derives the
 * rest itself. History readers skip them in logs written before this rule.
 */
export const DERIVED_COLUMNS: Partial<Record<SyncedTable, Readonly<Record<string, DerivedColumn>>>> = {
  companies: {
    name_key: { from: ['name'], derive: (row) => companyNameKey(text(row.name) ?? '') || null },
    domain: {
      from: ['website'],
      derive: (row) => {
        const website = text(row.website);
        return website === null ? null : normalizeDomain(website);
      },
    },
    phone_normalized: phoneKey,
    sort_key: nameSortKey,
    // What a segment's industry and region criteria compare (folded, indexed: m0051).
    industry_key: foldedKey('industry'),
    region_key: foldedKey('region'),
    // Whatever path writes a company (form, lead, import, seed), its fit follows its facts; a
    // change of the profiles refreshes every company instead (refreshIcpFits).
    icp_fit: {
      from: ICP_FACT_COLUMNS,
      derive: (row, db, memo) => {
        const profiles = memo ? memo.icpProfiles(db) : approvedIcpProfiles(db);
        // No approved profile (a new workspace): no fit, and no facts to gather for it.
        return profiles.length === 0 ? null : (bestIcpFit(companyIcpFacts(row), profiles)?.fit ?? null);
      },
    },
  },
  contacts: { phone_normalized: phoneKey, sort_key: nameSortKey },
  deals: { title_key: { from: ['title'], derive: (row) => foldText(text(row.title) ?? '') } },
  custom_values: {
    text_key: {
      from: ['text_value'],
      derive: (row) => {
        const value = text(row.text_value);
        return value === null ? null : foldText(value);
      },
    },
  },
};

const NO_COLUMNS: Readonly<Record<string, DerivedColumn>> = {};

export const derivedColumnsOf = (table: SyncedTable): Readonly<Record<string, DerivedColumn>> =>
  DERIVED_COLUMNS[table] ?? NO_COLUMNS;

/** Each table's derived columns as entries, listed once (an import derives a million rows' cells). */
const DERIVED_ENTRIES = new Map(
  Object.entries(DERIVED_COLUMNS).map(([table, columns]) => [table, Object.entries(columns ?? NO_COLUMNS)]),
);

/** Names of a table's derived columns: never a change of their own in a record's history. */
export const derivedColumnNames = (table: SyncedTable): ReadonlySet<string> =>
  new Set(Object.keys(derivedColumnsOf(table)));

/** The derived cells of a whole row (an insert). */
export const deriveAll = (table: SyncedTable, row: RowValues, db: Db, memo?: DeriveMemo): RowValues => {
  const cells: RowValues = {};
  for (const [column, rule] of DERIVED_ENTRIES.get(table) ?? []) cells[column] = rule.derive(row, db, memo);
  return cells;
};

/** The derived cells that follow from an update of `changed` columns, `merged` being the row after it. */
export const deriveChanged = (
  table: SyncedTable,
  changed: readonly string[],
  merged: RowValues,
  db: Db,
  memo?: DeriveMemo,
): RowValues => {
  const cells: RowValues = {};
  for (const [column, rule] of Object.entries(derivedColumnsOf(table))) {
    if (rule.from.some((source) => changed.includes(source))) cells[column] = rule.derive(merged, db, memo);
  }
  return cells;
};
