import { SPEED_BUCKETS, type SpeedBucket } from '../../contract/schemas/analytics';
import type { DealFacts } from './deriveDealFacts';
import { speedToLeadHours } from './funnelFigures';
import type { KpiContext } from './KpiContext';

/** Upper bounds in hours (inclusive) of the timed buckets; slower touches are `later`. */
const BOUNDS: readonly [SpeedBucket, number][] = [
  ['h1', 1],
  ['h4', 4],
  ['h24', 24],
  ['d3', 72],
];

/** Which bucket a lead's first outbound touch falls in; `none` while it has had none. */
export const speedBucketOf = (facts: DealFacts): SpeedBucket => {
  const touch = facts.deal.firstTouchAt;
  if (touch === null) return 'none';
  const hours = speedToLeadHours(facts.deal.createdAt, touch);
  return BOUNDS.find(([, bound]) => hours <= bound)?.[0] ?? 'later';
};

/** The speed-to-lead distribution of the deals created in the period (the report's median's population plus the untouched). */
export const speedToLeadBuckets = (ctx: KpiContext): { bucket: SpeedBucket; count: number }[] => {
  const created = ctx.createdFacts();
  return SPEED_BUCKETS.map((bucket) => ({
    bucket,
    count: created.filter((facts) => speedBucketOf(facts) === bucket).length,
  }));
};
