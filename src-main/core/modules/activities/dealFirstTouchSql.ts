import { outboundTouchSql } from '@shared/domain/activities/outboundTouchSql';
import { sql } from 'kysely';

/**
 * When the deal aliased `d` was first touched: the earliest live, done outbound call, e-mail or
 * meeting of the deal, whenever it happened, even before the deal was created or entered its
 * stage (a call logged against a lead before the deal existed, or one made in an earlier stage).
 * It is the drawer's and the analytics' first touch, so a deal the drawer calls touched shows no
 * running speed-to-lead clock. The SLA clocks of the leads inbox and of the board cards both read
 * this one subquery, so the two never disagree. Each deal costs one seek into the index of
 * outbound touches (m0013), in (deal, done) order, so the first entry is the answer; the planner,
 * left alone, prefers the narrower activities_deal_done and then reads every activity of the deal.
 */
export const dealFirstTouchSql = sql<number | null>`(SELECT min(a.done_at)
  FROM activities a INDEXED BY activities_first_touch
  WHERE a.deal_id = d.id AND ${sql.raw(outboundTouchSql('a'))} AND a.done_at IS NOT NULL
    AND a.deleted_at IS NULL)`;
