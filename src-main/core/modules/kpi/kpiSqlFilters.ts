import type { KpiFilters } from '@shared/contract/schemas/kpi';
import { sql } from 'kysely';
import type { Db } from '../../db/Db';
import { segmentCompanyCondition, segmentDealCondition } from '../segments/segmentConditions';
import { segmentRulesOf } from '../segments/segmentRulesOf';
import type { KpiSqlFilters } from './kpi.repo';

/**
 * The filters with a saved segment compiled once for every query of a load: the ids of its deals
 * and of its companies, as subqueries (SQLite builds each IN list once per statement). A segment
 * that is gone is NOT_FOUND, like on the board.
 */
export const kpiSqlFilters = (db: Db, filters: KpiFilters): KpiSqlFilters => {
  if (filters.segmentId === undefined) return filters;
  const rules = segmentRulesOf(db, filters.segmentId);
  return {
    ...filters,
    segmentDeals: sql`SELECT sd.id FROM deals sd WHERE ${segmentDealCondition(db, rules, 'sd')}`,
    segmentCompanies: sql`SELECT sc.id FROM companies sc WHERE sc.deleted_at IS NULL AND ${segmentCompanyCondition(db, rules, 'sc')}`,
  };
};
