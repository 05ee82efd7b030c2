import { sql } from 'kysely';
import type { Db } from '../db/Db';
import { selectFirst } from '../db/sql';
import { DomainError } from '../DomainError';
import { segmentDealCondition } from '../modules/segments/segmentConditions';
import { segmentRulesOf } from '../modules/segments/segmentRulesOf';

/**
 * Whether a deal is in a saved segment as the segment is defined now (the same SQL that filters
 * the board and the tables by it). A segment deleted since the rule was written holds for nobody.
 */
export const dealInSegment = (db: Db, dealId: string, segmentId: string): boolean => {
  let rules: ReturnType<typeof segmentRulesOf>;
  try {
    rules = segmentRulesOf(db, segmentId);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return false;
    throw error;
  }
  const query = db.q
    .selectFrom('deals as d')
    .select(sql<number>`1`.as('hit'))
    .where('d.id', '=', dealId)
    .where(segmentDealCondition(db, rules, 'd'));
  return selectFirst(db, query) !== undefined;
};
