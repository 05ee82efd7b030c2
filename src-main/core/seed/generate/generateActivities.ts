import type { ActivitiesTable, ActivityType } from '../../db/schema';
import { createWeightedPicker } from './createWeightedPicker';
import { DAY, HOUR } from './createWorkClock';
import {
  CONTRACT,
  CUSTOMER,
  type DealPlan,
  NEGOTIATION,
  NEW_LEAD,
  PROPOSAL,
  QUALIFICATION,
  type StageVisit,
} from './DealPlan';
import type { SeedCompany } from './generateCompanies';
import type { SeedContext } from './SeedContext';

/** Activities per stay in a stage of typical length, before calibration to the requested ratio. */
const STAGE_MEAN: Record<number, number> = {
  [NEW_LEAD]: 2,
  [QUALIFICATION]: 6.5,
  [PROPOSAL]: 9,
  [NEGOTIATION]: 8,
  [CONTRACT]: 5,
  [CUSTOMER]: 6,
};
const TYPICAL_DAYS: Record<number, number> = {
  [NEW_LEAD]: 1.2,
  [QUALIFICATION]: 6,
  [PROPOSAL]: 9,
  [NEGOTIATION]: 8,
  [CONTRACT]: 6,
  [CUSTOMER]: 30,
};
const TYPE_MIX: Record<number, (random: SeedContext['random']) => ActivityType> = {
  [NEW_LEAD]: createWeightedPicker<ActivityType>([
    ['call', 50],
    ['email', 35],
    ['note', 10],
    ['task', 5],
  ]),
  [QUALIFICATION]: createWeightedPicker<ActivityType>([
    ['call', 35],
    ['email', 25],
    ['meeting', 15],
    ['note', 10],
    ['task', 15],
  ]),
  [PROPOSAL]: createWeightedPicker<ActivityType>([
    ['demo', 15],
    ['presentation', 10],
    ['proposal', 15],
    ['email', 25],
    ['call', 20],
    ['meeting', 5],
    ['task', 10],
  ]),
  [NEGOTIATION]: createWeightedPicker<ActivityType>([
    ['meeting', 25],
    ['call', 30],
    ['email', 25],
    ['proposal', 5],
    ['note', 5],
    ['task', 10],
  ]),
  [CONTRACT]: createWeightedPicker<ActivityType>([
    ['email', 35],
    ['call', 20],
    ['task', 25],
    ['note', 20],
  ]),
  [CUSTOMER]: createWeightedPicker<ActivityType>([
    ['meeting', 25],
    ['call', 30],
    ['email', 25],
    ['note', 10],
    ['task', 10],
  ]),
};
const SCHEDULED: ReadonlySet<ActivityType> = new Set(['meeting', 'demo', 'presentation']);
const TASK_DONE = 0.88;
const OPEN_DEAL_NEXT_STEP = 0.85;
const NEXT_STEP_OVERDUE = 0.35;

const visitFactor = (visit: StageVisit): number => {
  const days = (visit.to - visit.from) / DAY;
  return Math.min(1.6, Math.max(0.3, Math.sqrt(days / (TYPICAL_DAYS[visit.stage] ?? 7))));
};

/**
 * How much to scale the per-stage means so the whole seed lands on `perDeal` activities per deal
 * (about 10 by default): computed from the plans, so no draw depends on it.
 */
export const activityScale = (plans: readonly DealPlan[], perDeal: number): number => {
  let fixed = 0;
  let variable = 0;
  for (const plan of plans) {
    fixed += 1 + (plan.status === 'open' ? OPEN_DEAL_NEXT_STEP : 0);
    for (const visit of plan.visits)
      variable += (STAGE_MEAN[visit.stage] ?? 4) * visitFactor(visit) * plan.owner.diligence;
  }
  return variable === 0 ? 1 : Math.max(0.1, (perDeal * plans.length - fixed) / variable);
};

type Draft = {
  type: ActivityType;
  createdAt: number;
  dueAt: number | null;
  doneAt: number | null;
  direction: 'outbound' | 'inbound' | null;
  subject: string;
};

const contactAt = (ctx: SeedContext, company: SeedCompany, preferred: string, at: number): string => {
  if (ctx.random.chance(0.8)) return preferred;
  const other = ctx.random.pick(company.contacts);
  return other.createdAt <= at ? other.id : preferred;
};

/** A logged call, e-mail, note or proposal is done when written; meetings are booked ahead; tasks have a due date. */
const draftAt = (ctx: SeedContext, type: ActivityType, at: number, floor: number): Draft => {
  const { random, clock, end, catalog } = ctx;
  const subject = random.pick(catalog.activitySubjects[type]);
  if (type === 'task') {
    const dueAt = clock.nextWorkTime(at + random.int(1, 5) * DAY);
    let doneAt: number | null = null;
    if (dueAt <= end && random.chance(TASK_DONE)) {
      doneAt = Math.min(end, Math.max(at + HOUR, dueAt + Math.round(random.normal() * DAY)));
    }
    return { type, createdAt: at, dueAt, doneAt, direction: null, subject };
  }
  if (SCHEDULED.has(type)) {
    const createdAt = Math.max(floor, at - random.int(1, 5) * DAY);
    return { type, createdAt, dueAt: at, doneAt: at, direction: null, subject };
  }
  const direction = type === 'call' || type === 'email' ? (random.chance(0.75) ? 'outbound' : 'inbound') : null;
  return { type, createdAt: at, dueAt: null, doneAt: at, direction, subject };
};

/** The rep's first outbound touch after the lead arrived: the speed-to-lead figure. */
const firstContact = (ctx: SeedContext, plan: DealPlan): Draft | null => {
  const { random, clock, catalog } = ctx;
  const slow = random.chance(0.12);
  const delay = slow ? random.logNormal(30, 0.5) * HOUR : random.logNormal(1.2, 1) * HOUR;
  const closedAt = plan.lostAt ?? plan.wonAt ?? ctx.end;
  const at = Math.min(clock.nextWorkTime(plan.createdAt + delay), closedAt);
  if (at >= ctx.end) return null;
  const type = random.chance(0.6) ? 'call' : 'email';
  return {
    type,
    createdAt: at,
    dueAt: null,
    doneAt: at,
    direction: 'outbound',
    subject: random.pick(catalog.firstContactSubjects[type]),
  };
};

/** The planned next step of an open deal: due soon, or already overdue and not done. */
const nextStep = (ctx: SeedContext, plan: DealPlan): Draft | null => {
  const { random, clock, end } = ctx;
  if (plan.status !== 'open' || !random.chance(OPEN_DEAL_NEXT_STEP)) return null;
  const overdue = random.chance(NEXT_STEP_OVERDUE);
  const dueAt = overdue
    ? clock.nextWorkTime(end - random.int(1, 10) * DAY)
    : clock.nextWorkTime(end + random.float() * 10 * DAY);
  const createdAt = Math.max(plan.stageEnteredAt, Math.min(end - HOUR, dueAt - random.int(1, 6) * DAY));
  const type = random.chance(0.7) ? 'task' : random.pick<ActivityType>(['call', 'meeting']);
  return {
    type,
    createdAt,
    dueAt,
    doneAt: null,
    direction: type === 'call' ? 'outbound' : null,
    subject: random.pick(ctx.catalog.activitySubjects[type]),
  };
};

/** All activities of one deal, in time order. */
export const activityRows = (
  ctx: SeedContext,
  plan: DealPlan,
  company: SeedCompany,
  contactId: string,
  scale: number,
): Omit<ActivitiesTable, 'rule_id'>[] => {
  const { random, clock, catalog } = ctx;
  const drafts: Draft[] = [];
  const first = firstContact(ctx, plan);
  if (first) drafts.push(first);
  // Nothing happens on a deal before the rep's first touch.
  const floor = (first?.createdAt ?? plan.createdAt) + 60_000;
  for (const visit of plan.visits) {
    const count = random.poisson((STAGE_MEAN[visit.stage] ?? 4) * visitFactor(visit) * plan.owner.diligence * scale);
    const pickType = TYPE_MIX[visit.stage] ?? TYPE_MIX[NEW_LEAD];
    const from = Math.max(visit.from, floor);
    if (from >= visit.to) continue;
    for (let index = 0; index < count && pickType; index += 1) {
      drafts.push(draftAt(ctx, pickType(random), clock.sampleBetween(from, visit.to), floor));
    }
  }
  const next = nextStep(ctx, plan);
  if (next) drafts.push(next);
  drafts.sort((a, b) => a.createdAt - b.createdAt);
  return drafts.map((draft) => {
    const bodies = catalog.activityBodies[draft.type];
    return {
      id: ctx.newId(draft.createdAt),
      type: draft.type,
      direction: draft.direction,
      // Details a rep types by hand; the generator leaves them blank rather than invent them.
      outcome: null,
      duration_sec: null,
      amount_minor: null,
      currency: null,
      file_ref: null,
      content_kind: null,
      engagement: null,
      subject: draft.subject,
      body: bodies.length > 0 && random.chance(0.3) ? random.pick(bodies) : null,
      deal_id: plan.id,
      company_id: company.id,
      contact_id: contactAt(ctx, company, contactId, draft.createdAt),
      owner_id: plan.owner.id,
      due_at: draft.dueAt,
      done_at: draft.doneAt,
      review_score: null,
      review_comment: null,
      reviewed_by: null,
      reviewed_at: null,
      created_at: draft.createdAt,
      updated_at: Math.max(draft.createdAt, draft.doneAt ?? 0),
      deleted_at: null,
    };
  });
};
