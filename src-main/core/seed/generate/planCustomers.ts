import type { Random } from './createRandom';
import { DAY } from './createWorkClock';
import type { DealPlan } from './DealPlan';
import type { SeedContext } from './SeedContext';

/** Drawn once per company up front, so a customer's story does not depend on planning order. */
export type CustomerFate = {
  onboardingDays: number;
  churns: boolean;
  churnAfterDays: number;
  churnReason: number;
};

export type CustomerPlan = {
  companyIndex: number;
  /** The first won deal: the customer's start and the deal NPS answers refer to. */
  firstWin: DealPlan;
  sinceAt: number;
  activeAt: number | null;
  churnedAt: number | null;
  churnReason: number | null;
};

const CHURN_SHARE = 0.18;

export const drawCustomerFate = (random: Random, reasons: number): CustomerFate => ({
  onboardingDays: 10 + random.float() * 30,
  churns: random.chance(CHURN_SHARE),
  churnAfterDays: 30 + random.float() * 120,
  churnReason: random.int(0, reasons - 1),
});

/** Onboarding from the first win, active after a few weeks, and for some a churn date. */
export const customerPlanFor = (
  ctx: SeedContext,
  companyIndex: number,
  firstWin: DealPlan,
  fate: CustomerFate,
): CustomerPlan => {
  const sinceAt = firstWin.wonAt ?? firstWin.createdAt;
  const activeCandidate = ctx.clock.nextWorkTime(sinceAt + fate.onboardingDays * DAY);
  const activeAt = activeCandidate < ctx.end ? activeCandidate : null;
  const churnCandidate = activeAt === null ? null : ctx.clock.nextWorkTime(activeAt + fate.churnAfterDays * DAY);
  const churnedAt = fate.churns && churnCandidate !== null && churnCandidate < ctx.end ? churnCandidate : null;
  return {
    companyIndex,
    firstWin,
    sinceAt,
    activeAt,
    churnedAt,
    churnReason: churnedAt === null ? null : fate.churnReason,
  };
};

/** Every company with a won deal becomes a customer from its earliest win. */
export const planCustomers = (
  ctx: SeedContext,
  plans: readonly DealPlan[],
  fates: readonly CustomerFate[],
): Map<number, CustomerPlan> => {
  const firstWins = new Map<number, DealPlan>();
  for (const plan of plans) {
    if (plan.wonAt === null) continue;
    const known = firstWins.get(plan.companyIndex);
    if (!known || (known.wonAt ?? 0) > plan.wonAt) firstWins.set(plan.companyIndex, plan);
  }
  const customers = new Map<number, CustomerPlan>();
  for (const companyIndex of [...firstWins.keys()].sort((a, b) => a - b)) {
    const fate = fates[companyIndex];
    const firstWin = firstWins.get(companyIndex);
    if (fate && firstWin) customers.set(companyIndex, customerPlanFor(ctx, companyIndex, firstWin, fate));
  }
  return customers;
};
