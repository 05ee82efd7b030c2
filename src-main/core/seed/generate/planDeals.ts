import type { DealKind } from '@shared/contract/schemas/deals';
import { DEFAULT_LEAD_SOURCES, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { positionsBetween } from '@shared/domain/positions';
import type { CompanySize } from './catalog/SeedCatalog';
import { createWeightedPicker } from './createWeightedPicker';
import { DAY } from './createWorkClock';
import { type DealPlan, NEW_LEAD, PROPOSAL, QUALIFICATION } from './DealPlan';
import type { SeedCampaign } from './generateCampaigns';
import type { SeedCompany } from './generateCompanies';
import type { SeedUser } from './generateUsers';
import { type CustomerFate, type CustomerPlan, drawCustomerFate, planCustomers } from './planCustomers';
import type { SeedContext } from './SeedContext';
import { simulateDeal } from './simulateDeal';

export type PlannedDeals = { plans: DealPlan[]; customers: Map<number, CustomerPlan> };

type World = {
  users: readonly SeedUser[];
  campaigns: readonly SeedCampaign[];
  companies: readonly SeedCompany[];
  churnReasons: number;
};

/** Lead mix per source and how much better or worse than average its leads qualify. */
const SOURCES: Record<string, { weight: number; quality: number }> = {
  website: { weight: 24, quality: 1 },
  inbound_call: { weight: 10, quality: 1.15 },
  referral: { weight: 8, quality: 1.5 },
  cold_outreach: { weight: 22, quality: 0.6 },
  event: { weight: 8, quality: 1 },
  partner: { weight: 8, quality: 1.3 },
  advertising: { weight: 20, quality: 0.8 },
};
const SOURCE_INDEX = createWeightedPicker(
  DEFAULT_LEAD_SOURCES.map((source, index) => [index, SOURCES[source.key]?.weight ?? 1] as const),
);
// Normalised so that the mix as a whole converts at the funnel's base rates.
const MEAN_QUALITY =
  Object.values(SOURCES).reduce((sum, source) => sum + source.weight * source.quality, 0) /
  Object.values(SOURCES).reduce((sum, source) => sum + source.weight, 0);
const SIZE_RANK: Record<CompanySize, number> = { micro: 0, small: 1, medium: 2, large: 3, enterprise: 4 };
const FOLLOW_UPS: readonly {
  kind: Exclude<DealKind, 'new'>;
  chance: number;
  afterDays: [number, number];
  share: number;
}[] = [
  { kind: 'upsell', chance: 0.3, afterDays: [30, 120], share: 0.35 },
  { kind: 'cross_sell', chance: 0.1, afterDays: [20, 90], share: 0.25 },
  { kind: 'renewal', chance: 0.25, afterDays: [150, 200], share: 0.8 },
];
/** Share of the requested deals first planned as new business; follow-ups and top-ups fill the rest. */
const NEW_BUSINESS_SHARE = 0.975;

const isWorking = (user: SeedUser, at: number): boolean =>
  user.role === 'rep' && user.hiredAt <= at && (user.leftAt === null || at < user.leftAt);

/** Lead arrival times: weekdays far more than weekends, a gentle growth over the window. */
const sampleCreationTimes = (ctx: SeedContext, count: number): number[] => {
  const { clock, random, start, end } = ctx;
  const firstDay = clock.dayStart(start);
  const days: (readonly [number, number])[] = [];
  for (let day = firstDay; day < end; day += DAY) {
    const weekday = clock.weekday(day + DAY / 2);
    const weight = weekday < 5 ? 1 : weekday === 5 ? 0.12 : 0.06;
    days.push([day, weight * (0.85 + (0.3 * (day - firstDay)) / (end - firstDay))]);
  }
  const pickDay = createWeightedPicker(days);
  const times: number[] = [];
  while (times.length < count) {
    const at = clock.sampleOnDay(pickDay(random), 0.1);
    if (at >= start && at < end) times.push(at);
  }
  return times.sort((a, b) => a - b);
};

const dealValueMinor = (ctx: SeedContext, size: CompanySize, factor: number): number => {
  const { catalog, random } = ctx;
  const major = catalog.dealValueBySize[size] * random.logNormal(1, 0.55) * factor;
  return Math.max(1, Math.round(major / catalog.valueStep)) * catalog.valueStep * 100;
};

const expectedClose = (ctx: SeedContext, plan: DealPlan, medianDays: number): number => {
  const { clock, random, end } = ctx;
  let at = plan.createdAt + random.logNormal(medianDays, 0.35) * DAY;
  // Reps push the date of a deal that is still open; some forget, and it shows as overdue.
  if (plan.status === 'open' && at < end && random.chance(0.55)) at = end + random.int(5, 60) * DAY;
  return clock.dayStart(at) + 12 * 3_600_000;
};

type Planner = {
  firstDeal: ({ at: number; ownerId: string } | undefined)[];
  seq: number;
};

const availableContact = (ctx: SeedContext, company: SeedCompany, firstAt: number, at: number): number => {
  if (ctx.random.chance(0.7)) return 0;
  const index = ctx.random.int(0, company.contacts.length - 1);
  const contact = company.contacts[index];
  // Added later than this deal: the deal goes to the first contact, who is there from day one.
  return contact && firstAt + contact.addedAfterDays * DAY + DAY < at ? index : 0;
};

const pickOwner = (ctx: SeedContext, reps: readonly SeedUser[], at: number, preferred?: SeedUser): SeedUser => {
  if (preferred && isWorking(preferred, at)) return preferred;
  const working = reps.filter((rep) => isWorking(rep, at));
  const pool = working.length > 0 ? working : reps;
  return createWeightedPicker(pool.map((rep) => [rep, rep.leadWeight] as const))(ctx.random);
};

const managerOf = (world: World, rep: SeedUser): SeedUser =>
  world.users.find((user) => user.id === rep.row.manager_id) ?? rep;

const emptyPlan = (seq: number, createdAt: number, owner: SeedUser, companyIndex: number): DealPlan => ({
  seq,
  id: '',
  kind: 'new',
  createdAt,
  owner,
  createdBy: owner,
  companyIndex,
  contactIndex: 0,
  sourceIndex: 0,
  campaignId: null,
  product: { name: '', unit: '', minQty: 1, maxQty: 1 },
  quantity: 1,
  valueMinor: 0,
  events: [],
  visits: [],
  skipped: [],
  stage: NEW_LEAD,
  status: 'open',
  stageEnteredAt: createdAt,
  wonAt: null,
  lostAt: null,
  lossReason: null,
  bant: null,
  qualifiedAt: null,
  icpFit: 0,
  expectedCloseAt: createdAt,
  updatedAt: createdAt,
  position: '',
});

const finish = (plan: DealPlan): DealPlan => {
  plan.updatedAt = plan.events.reduce((latest, event) => Math.max(latest, event.at), plan.createdAt);
  return plan;
};

const planNewDeal = (ctx: SeedContext, world: World, planner: Planner, createdAt: number): DealPlan => {
  const { random, catalog } = ctx;
  const reps = world.users.filter((user) => user.role === 'rep');
  const owner = pickOwner(ctx, reps, createdAt);
  const companyIndex = random.int(0, world.companies.length - 1);
  const company = world.companies[companyIndex] as SeedCompany;
  const first = (planner.firstDeal[companyIndex] ??= { at: createdAt, ownerId: owner.id });
  const plan = emptyPlan(planner.seq++, createdAt, owner, companyIndex);
  plan.createdBy = random.chance(0.15) ? managerOf(world, owner) : owner;
  plan.contactIndex = availableContact(ctx, company, first.at, createdAt);
  plan.sourceIndex = SOURCE_INDEX(random);
  const source = DEFAULT_LEAD_SOURCES[plan.sourceIndex];
  const running = world.campaigns.filter(
    (campaign) => campaign.sourceId === source?.id && campaign.startsAt <= createdAt && createdAt < campaign.endsAt,
  );
  plan.campaignId = running.length > 0 && random.chance(0.85) ? random.pick(running).id : null;
  plan.product = random.pick(catalog.products);
  const rank = SIZE_RANK[company.size] / 4;
  plan.quantity = Math.round(
    plan.product.minQty + (plan.product.maxQty - plan.product.minQty) * Math.min(1, rank * (0.5 + random.float())),
  );
  plan.valueMinor = dealValueMinor(ctx, company.size, 1);
  plan.icpFit = company.icpFit;
  const quality = (SOURCES[source?.key ?? ''] ?? { quality: 1 }).quality / MEAN_QUALITY;
  simulateDeal(ctx, plan, NEW_LEAD, {
    leadQuality: quality * owner.skill,
    closing: owner.skill * (0.75 + 0.5 * company.icpFit),
  });
  plan.expectedCloseAt = expectedClose(ctx, plan, 40);
  return finish(plan);
};

type FollowUp = { parent: DealPlan; kind: Exclude<DealKind, 'new'>; at: number; share: number };

/** Upsell, cross-sell and renewal openings after each won deal, unless the customer churned first. */
const followUpCandidates = (
  ctx: SeedContext,
  plans: readonly DealPlan[],
  customers: Map<number, CustomerPlan>,
): FollowUp[] => {
  const candidates: FollowUp[] = [];
  for (const parent of plans) {
    if (parent.wonAt === null) continue;
    const churnedAt = customers.get(parent.companyIndex)?.churnedAt ?? null;
    for (const rule of FOLLOW_UPS) {
      if (!ctx.random.chance(rule.chance)) continue;
      const at = ctx.clock.nextWorkTime(parent.wonAt + ctx.random.int(rule.afterDays[0], rule.afterDays[1]) * DAY);
      if (at < ctx.end - DAY && (churnedAt === null || at < churnedAt)) {
        candidates.push({ parent, kind: rule.kind, at, share: rule.share });
      }
    }
  }
  return candidates;
};

const planFollowUp = (ctx: SeedContext, world: World, planner: Planner, followUp: FollowUp): DealPlan => {
  const { parent, kind, at } = followUp;
  const reps = world.users.filter((user) => user.role === 'rep');
  const owner = pickOwner(ctx, reps, at, parent.owner);
  const company = world.companies[parent.companyIndex] as SeedCompany;
  const plan = emptyPlan(planner.seq++, at, owner, parent.companyIndex);
  plan.kind = kind;
  plan.contactIndex = parent.contactIndex;
  plan.sourceIndex = parent.sourceIndex;
  plan.product = kind === 'renewal' ? parent.product : ctx.random.pick(ctx.catalog.products);
  plan.quantity = kind === 'renewal' ? parent.quantity : Math.max(1, Math.round(parent.quantity * followUp.share));
  plan.valueMinor = Math.max(
    ctx.catalog.valueStep * 100,
    Math.round((parent.valueMinor * followUp.share * ctx.random.logNormal(1, 0.3)) / (ctx.catalog.valueStep * 100)) *
      ctx.catalog.valueStep *
      100,
  );
  plan.icpFit = company.icpFit;
  // An existing customer already trusts the seller: fewer steps, better odds.
  simulateDeal(ctx, plan, kind === 'renewal' ? PROPOSAL : QUALIFICATION, {
    leadQuality: 1,
    closing: owner.skill * 1.5,
  });
  plan.expectedCloseAt = expectedClose(ctx, plan, 25);
  return finish(plan);
};

/** Fisher–Yates with the seeded stream. */
const shuffle = <T>(ctx: SeedContext, items: T[]): T[] => {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = ctx.random.int(0, index);
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
};

/** Column order on the board: within each stage, the earlier a deal entered, the higher it sits. */
const assignPositions = (plans: DealPlan[]): void => {
  for (let stage = 0; stage < DEFAULT_STAGES.length; stage += 1) {
    const inStage = plans
      .filter((plan) => plan.stage === stage)
      .sort((a, b) => a.stageEnteredAt - b.stageEnteredAt || a.seq - b.seq);
    const keys = positionsBetween(null, null, inStage.length);
    inStage.forEach((plan, index) => {
      plan.position = keys[index] ?? 'a0';
    });
  }
};

/**
 * Every deal of the seed decided up front (cheap: a few hundred bytes each), sorted by creation
 * time so the writer can stream them in chunks: new business first, then follow-up deals for
 * existing customers, then enough extra leads to reach the requested count exactly.
 */
export const planDeals = (ctx: SeedContext, world: World, count: number): PlannedDeals => {
  const planner: Planner = { firstDeal: new Array(world.companies.length), seq: 0 };
  const fates: CustomerFate[] = world.companies.map(() => drawCustomerFate(ctx.random, world.churnReasons));
  const newCount = Math.min(count, Math.round(count * NEW_BUSINESS_SHARE));
  const plans = sampleCreationTimes(ctx, newCount).map((at) => planNewDeal(ctx, world, planner, at));

  const early = planCustomers(ctx, plans, fates);
  const followUps = shuffle(ctx, followUpCandidates(ctx, plans, early))
    .slice(0, count - plans.length)
    .sort((a, b) => a.at - b.at || a.parent.seq - b.parent.seq);
  for (const followUp of followUps) plans.push(planFollowUp(ctx, world, planner, followUp));
  for (const at of sampleCreationTimes(ctx, count - plans.length)) plans.push(planNewDeal(ctx, world, planner, at));

  plans.sort((a, b) => a.createdAt - b.createdAt || a.seq - b.seq);
  for (const plan of plans) plan.id = ctx.newId(plan.createdAt);
  assignPositions(plans);
  return { plans, customers: planCustomers(ctx, plans, fates) };
};

/** When each company's first deal arrived and who owned it: the company is created just before. */
export const firstDealsByCompany = (
  plans: readonly DealPlan[],
  companies: number,
): ({ at: number; ownerId: string } | undefined)[] => {
  const first: ({ at: number; ownerId: string } | undefined)[] = new Array(companies);
  for (const plan of plans) {
    const known = first[plan.companyIndex];
    if (!known || known.at > plan.createdAt) first[plan.companyIndex] = { at: plan.createdAt, ownerId: plan.owner.id };
  }
  return first;
};
