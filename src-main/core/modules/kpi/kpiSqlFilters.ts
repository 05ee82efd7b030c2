import type { KpiFilters } from '@shared/contract/schemas/kpi';
import { sql } from 'kysely';
import type { Db } from '../../db/Db';
import { segmentCompanyCondition, segmentDealCondition } from '../segments/segmentConditions';
import { segmentRulesOf } from '../segments/segmentRulesOf';
import type { KpiSqlFilters } from './kpi.repo';

/** A team's users as a subquery; a team deleted since (or never here) has none, so nothing passes. */
const teamUsers = (teamId: string | undefined) =>
  teamId === undefined
    ? undefined
    : sql`SELECT tu.id FROM users tu WHERE tu.team_id = ${teamId} AND tu.team_id IN (SELECT id FROM teams WHERE deleted_at IS NULL)`;

/**
 * The filters with a saved segment compiled once for every query of a load: the ids of its deals
 * and of its companies, as subqueries (SQLite builds each IN list once per statement). A segment
 * that is gone is NOT_FOUND, like on the board. A team becomes the subquery of its users.
 */
export const kpiSqlFilters = (db: Db, filters: KpiFilters): KpiSqlFilters => {
  const withTeam = { ...filters, teamUsers: teamUsers(filters.teamId) };
  if (filters.segmentId === undefined) return withTeam;
  const rules = segmentRulesOf(db, filters.segmentId);
  return {
    ...withTeam,
    segmentDeals: sql`SELECT sd.id FROM deals sd WHERE ${segmentDealCondition(db, rules, 'sd')}`,
    segmentCompanies: sql`SELECT sc.id FROM companies sc WHERE sc.deleted_at IS NULL AND ${segmentCompanyCondition(db, rules, 'sc')}`,
  };
};
