import type { IcpProfile } from '@shared/contract/schemas/icpProfiles';
import { icpFit } from '@shared/domain/icpFit';
import type { Db } from '../../db/Db';
import type { IcpProfilesTable } from '../../db/schema';
import { prepare } from '../../db/sql';
import { companyIcpFacts } from './companyIcpFacts';
import { icpRules, termsOf } from './icpRules';

type FactRow = Record<string, string | number | null>;

/** Approved first (oldest approval first), then drafts by name. */
export const listIcpProfileRows = (db: Db): IcpProfilesTable[] =>
  prepare(
    db,
    `SELECT * FROM icp_profiles WHERE deleted_at IS NULL
     ORDER BY status = 'approved' DESC, approved_at, name COLLATE NOCASE, id`,
  ).all() as IcpProfilesTable[];

export const findIcpProfileRow = (db: Db, id: string): IcpProfilesTable | undefined =>
  prepare(db, 'SELECT * FROM icp_profiles WHERE id = ? AND deleted_at IS NULL').get(id) as IcpProfilesTable | undefined;

/** The facts of every live company, read once for all the profiles a list shows. */
export const liveCompanyFacts = (db: Db): FactRow[] =>
  prepare(
    db,
    'SELECT industry, size, region, segment, notes, annual_revenue_minor FROM companies WHERE deleted_at IS NULL',
  ).all() as FactRow[];

const userName = (db: Db, id: string | null): string | null =>
  id === null
    ? null
    : ((prepare(db, 'SELECT name FROM users WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? null);

/** How many live companies fit the profile fully and at least half: what approving it would mean. */
const fitCounts = (row: IcpProfilesTable, companies: readonly FactRow[]) => {
  const rules = icpRules(row);
  let full = 0;
  let half = 0;
  for (const company of companies) {
    const { fit } = icpFit(companyIcpFacts(company), rules);
    if (fit >= 0.5) half += 1;
    if (fit === 1) full += 1;
  }
  return { full, half };
};

export const toIcpProfile = (db: Db, row: IcpProfilesTable, companies: readonly FactRow[]): IcpProfile => ({
  id: row.id,
  name: row.name,
  industries: termsOf(row.industries),
  sizeMin: row.size_min,
  sizeMax: row.size_max,
  regions: termsOf(row.regions),
  revenueMinMinor: row.revenue_min_minor,
  revenueMaxMinor: row.revenue_max_minor,
  mustHave: termsOf(row.must_have),
  excluding: termsOf(row.excluding),
  notes: row.notes,
  status: row.status,
  approvedBy: row.approved_by,
  approvedByName: userName(db, row.approved_by),
  approvedAt: row.approved_at,
  companies: fitCounts(row, companies),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
