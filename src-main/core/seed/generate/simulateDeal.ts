import { DEFAULT_LOSS_REASONS } from '@shared/domain/defaultWorkspace';
import { createWeightedPicker } from './createWeightedPicker';
import { DAY } from './createWorkClock';
import { CONTRACT, CUSTOMER, type DealPlan, NEGOTIATION, NEW_LEAD, PROPOSAL, QUALIFICATION } from './DealPlan';
import type { SeedContext } from './SeedContext';

/**
 * Chance to leave each stage forward (the rest are lost there), for an average rep and lead:
 * 100 leads → 30 qualified → 15 proposals → 8 negotiations → 5 contracts → 4 won.
 */
const ADVANCE: Record<number, number> = {
  [NEW_LEAD]: 0.3,
  [QUALIFICATION]: 0.5,
  [PROPOSAL]: 0.53,
  [NEGOTIATION]: 0.62,
  [CONTRACT]: 0.8,
};
/** Median days in each stage before moving on, and the spread of that time. */
const DWELL_DAYS: Record<number, number> = {
  [NEW_LEAD]: 1.2,
  [QUALIFICATION]: 6,
  [PROPOSAL]: 9,
  [NEGOTIATION]: 8,
  [CONTRACT]: 6,
};
const DWELL_SIGMA: Record<number, number> = {
  [NEW_LEAD]: 0.9,
  [QUALIFICATION]: 0.7,
  [PROPOSAL]: 0.6,
  [NEGOTIATION]: 0.6,
  [CONTRACT]: 0.6,
};
/** Deals that die in a stage linger there longer than those that move on. */
const LOSS_DWELL_FACTOR = 1.5;
const SKIP_FROM_NEW_LEAD = 0.06;
const SKIP_FROM_QUALIFICATION = 0.03;
const REGRESSION = 0.05;
const MOVE_TO_CUSTOMER = 0.5;

const reasonIndex = (key: string): number => DEFAULT_LOSS_REASONS.findIndex((reason) => reason.key === key);
const lossPicker = (weights: Record<string, number>) =>
  createWeightedPicker(Object.entries(weights).map(([key, weight]) => [reasonIndex(key), weight] as const));
const LOSS_REASONS_BY_STAGE: Record<number, ReturnType<typeof lossPicker>> = {
  [NEW_LEAD]: lossPicker({ no_response: 45, not_a_fit: 30, no_budget: 10, timing: 10, other: 5 }),
  [QUALIFICATION]: lossPicker({
    no_budget: 25,
    not_a_fit: 20,
    timing: 20,
    no_response: 15,
    no_decision: 10,
    competitor: 5,
    other: 5,
  }),
  [PROPOSAL]: lossPicker({
    price: 30,
    competitor: 25,
    no_decision: 15,
    no_budget: 10,
    timing: 10,
    no_response: 5,
    other: 5,
  }),
  [NEGOTIATION]: lossPicker({ price: 35, competitor: 25, no_decision: 20, timing: 10, other: 10 }),
  [CONTRACT]: lossPicker({ no_decision: 30, price: 20, competitor: 15, timing: 15, other: 20 }),
};

export type DealOdds = {
  /** Multiplies the chance to leave the first stage forward (lead quality of the source). */
  leadQuality: number;
  /** Multiplies every later chance (rep skill, ICP fit, an existing customer). */
  closing: number;
};

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

const strongBant = (ctx: SeedContext): [number, number, number, number] => {
  const score = () => (ctx.random.chance(0.55) ? 3 : ctx.random.chance(0.9) ? 2 : 1);
  return [score(), score(), score(), score()];
};
const weakBant = (ctx: SeedContext): [number, number, number, number] => {
  const score = () => ctx.random.int(0, ctx.random.chance(0.6) ? 2 : 3);
  return [score(), score(), score(), score()];
};

/**
 * Walks a deal through the funnel from its start stage until it is won, lost, or still open at the
 * end of the window, filling the plan's events, visits, outcome and BANT answers.
 */
export const simulateDeal = (ctx: SeedContext, plan: DealPlan, startStage: number, odds: DealOdds): void => {
  const { random, clock, end } = ctx;
  let stage = startStage;
  let enteredAt = plan.createdAt;
  let regressed = false;
  plan.events.push({ at: enteredAt, from: null, to: stage, fromStatus: null, toStatus: 'open' });
  if (startStage > QUALIFICATION) {
    plan.bant = strongBant(ctx);
    plan.qualifiedAt = plan.createdAt;
  }

  for (;;) {
    const chance = (ADVANCE[stage] ?? 0.5) * (stage === NEW_LEAD ? odds.leadQuality : odds.closing);
    const forward = random.chance(clamp(chance, 0.02, 0.95));
    const dwellDays =
      random.logNormal(DWELL_DAYS[stage] ?? 5, DWELL_SIGMA[stage] ?? 0.6) * (forward ? 1 : LOSS_DWELL_FACTOR);
    const exitAt = clock.nextWorkTime(enteredAt + Math.max(0.02, dwellDays) * DAY);
    if (exitAt >= end) {
      plan.visits.push({ stage, from: enteredAt, to: end, exit: 'open' });
      if (stage === QUALIFICATION && plan.bant === null && random.chance(0.5)) plan.bant = weakBant(ctx);
      plan.stage = stage;
      plan.stageEnteredAt = enteredAt;
      return;
    }
    if (!forward) {
      plan.visits.push({ stage, from: enteredAt, to: exitAt, exit: 'lost' });
      plan.events.push({ at: exitAt, from: stage, to: stage, fromStatus: 'open', toStatus: 'lost' });
      if (stage === QUALIFICATION && plan.bant === null && random.chance(0.7)) plan.bant = weakBant(ctx);
      plan.status = 'lost';
      plan.lostAt = exitAt;
      plan.lossReason = LOSS_REASONS_BY_STAGE[stage]?.(random) ?? reasonIndex('other');
      plan.stage = stage;
      plan.stageEnteredAt = enteredAt;
      return;
    }
    if (stage === CONTRACT) {
      finishWon(ctx, plan, enteredAt, exitAt);
      return;
    }
    if ((stage === PROPOSAL || stage === NEGOTIATION) && !regressed && random.chance(REGRESSION)) {
      regressed = true;
      plan.visits.push({ stage, from: enteredAt, to: exitAt, exit: 'back' });
      plan.events.push({ at: exitAt, from: stage, to: stage - 1, fromStatus: 'open', toStatus: 'open' });
      stage -= 1;
      enteredAt = exitAt;
      continue;
    }
    let next = stage + 1;
    if (stage === NEW_LEAD && random.chance(SKIP_FROM_NEW_LEAD)) next = PROPOSAL;
    else if (stage === QUALIFICATION && random.chance(SKIP_FROM_QUALIFICATION)) next = NEGOTIATION;
    for (let skipped = stage + 1; skipped < next; skipped += 1) plan.skipped.push({ stage: skipped, at: exitAt });
    if (next > QUALIFICATION && plan.qualifiedAt === null) {
      plan.bant = strongBant(ctx);
      plan.qualifiedAt = exitAt;
    }
    plan.visits.push({ stage, from: enteredAt, to: exitAt, exit: 'forward' });
    plan.events.push({ at: exitAt, from: stage, to: next, fromStatus: 'open', toStatus: 'open' });
    stage = next;
    enteredAt = exitAt;
  }
};

/**
 * Won from the contract stage. Half the customers are then moved on to the retention stage
 * (moved while open, then marked won there, as the app allows); the rest stay won in Contract.
 */
const finishWon = (ctx: SeedContext, plan: DealPlan, enteredAt: number, decidedAt: number): void => {
  const { random, clock, end } = ctx;
  if (!random.chance(MOVE_TO_CUSTOMER)) {
    plan.visits.push({ stage: CONTRACT, from: enteredAt, to: decidedAt, exit: 'won' });
    plan.events.push({ at: decidedAt, from: CONTRACT, to: CONTRACT, fromStatus: 'open', toStatus: 'won' });
    Object.assign(plan, { status: 'won', wonAt: decidedAt, stage: CONTRACT, stageEnteredAt: enteredAt });
    return;
  }
  plan.visits.push({ stage: CONTRACT, from: enteredAt, to: decidedAt, exit: 'forward' });
  plan.events.push({ at: decidedAt, from: CONTRACT, to: CUSTOMER, fromStatus: 'open', toStatus: 'open' });
  const wonAt = clock.nextWorkTime(decidedAt + random.float() * 2 * DAY);
  plan.stage = CUSTOMER;
  plan.stageEnteredAt = decidedAt;
  if (wonAt >= end) {
    plan.visits.push({ stage: CUSTOMER, from: decidedAt, to: end, exit: 'open' });
    return;
  }
  plan.events.push({ at: wonAt, from: CUSTOMER, to: CUSTOMER, fromStatus: 'open', toStatus: 'won' });
  // Onboarding work happens after the win, inside the retention stage.
  plan.visits.push({
    stage: CUSTOMER,
    from: decidedAt,
    to: Math.min(end, wonAt + random.int(20, 60) * DAY),
    exit: 'won',
  });
  plan.status = 'won';
  plan.wonAt = wonAt;
};
