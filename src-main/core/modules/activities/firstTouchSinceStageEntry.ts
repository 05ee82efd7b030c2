import { outboundTouchSql } from '@shared/domain/activities/outboundTouchSql';
import { sql } from 'kysely';

/**
 * When the deal aliased `d` was first touched since it entered its current stage: the earliest
 * live, done outbound call, e-mail or meeting dated at or after the entry (a back-dated touch
 * counts by when it happened). The SLA clocks of the leads inbox and of the board cards both read
 * this one subquery, so the two never disagree. Each deal costs one seek into the index of
 * outbound touches (m0013), which holds every column read; the planner, left alone, prefers the
 * narrower activities_deal_done and then reads every activity row of the deal.
 */
export const firstTouchSinceStageEntry = sql<number | null>`(SELECT min(a.done_at)
  FROM activities a INDEXED BY activities_first_touch
  WHERE a.deal_id = d.id AND ${sql.raw(outboundTouchSql('a'))} AND a.done_at IS NOT NULL
    AND a.done_at >= d.stage_entered_at AND a.deleted_at IS NULL)`;
