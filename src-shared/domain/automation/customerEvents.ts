import type { AutomationEvent } from './AutomationEvent';

/** The highest NPS score that counts as a detractor's (0–6). */
export const DETRACTOR_MAX_SCORE = 6;

type CustomerFacts = { status: string; churnedAt: number | null };

/**
 * What one write did to a customer: churned (once per churn day, so a churn, a reactivation and a
 * second churn fire twice).
 */
export const customerEvents = (before: CustomerFacts | null, after: CustomerFacts): AutomationEvent[] =>
  after.status === 'churned' && before?.status !== 'churned'
    ? [{ type: 'customer_churned', occurrence: `churned@${after.churnedAt ?? 0}` }]
    : [];

/** A new NPS answer of a detractor (0–6); an answer is never re-scored, only deleted. */
export const npsEvents = (answer: { id: string; score: number }): AutomationEvent[] =>
  answer.score <= DETRACTOR_MAX_SCORE ? [{ type: 'nps_detractor', occurrence: `nps:${answer.id}` }] : [];
