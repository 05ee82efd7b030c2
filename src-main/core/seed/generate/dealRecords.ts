import { calendarDateInZone } from '@shared/domain/calendarDate';
import {
  DEFAULT_LEAD_SOURCES,
  DEFAULT_LOSS_REASONS,
  DEFAULT_PIPELINE,
  DEFAULT_STAGES,
} from '@shared/domain/defaultWorkspace';
import type { DealChecksTable, StageTransitionsTable } from '../../db/schema';
import type { SeedRow } from './BulkWriter';
import { DAY } from './createWorkClock';
import { CUSTOMER, type DealPlan } from './DealPlan';
import type { SeedCompany } from './generateCompanies';
import type { SeedContext } from './SeedContext';

const stageId = (index: number): string => {
  const stage = DEFAULT_STAGES[index];
  if (!stage) throw new Error(`No default stage #${index}`);
  return stage.id;
};

/** The deal's contact, or the company's first one when that contact was added only later. */
export const contactFor = (company: SeedCompany, index: number, at: number): string => {
  const contact = company.contacts[index];
  return contact && contact.createdAt <= at ? contact.id : (company.contacts[0]?.id ?? '');
};

const bantScore = (bant: readonly number[]): number =>
  Math.round((bant.reduce((sum, value) => sum + value, 0) / (bant.length * 3)) * 100);

export const dealRow = (ctx: SeedContext, plan: DealPlan, company: SeedCompany): SeedRow<'deals'> => {
  const { catalog, random } = ctx;
  const title =
    plan.kind === 'new'
      ? catalog.dealTitle(plan.product.name, plan.quantity, plan.product.unit, company.shortName)
      : catalog.followUpTitle(
          plan.kind,
          plan.product.name,
          company.shortName,
          new Date(plan.createdAt).getUTCFullYear() + 1,
        );
  const reasonKey = plan.lossReason === null ? null : (DEFAULT_LOSS_REASONS[plan.lossReason]?.key ?? null);
  const lossNotes = reasonKey === null ? [] : (catalog.lossNotes[reasonKey] ?? []);
  return {
    id: plan.id,
    title,
    pipeline_id: DEFAULT_PIPELINE.id,
    stage_id: stageId(plan.stage),
    position: plan.position,
    status: plan.status,
    value_minor: plan.valueMinor,
    currency: catalog.currency,
    kind: plan.kind,
    owner_id: plan.owner.id,
    company_id: company.id,
    contact_id: contactFor(company, plan.contactIndex, plan.createdAt),
    source_id: DEFAULT_LEAD_SOURCES[plan.sourceIndex]?.id ?? null,
    campaign_id: plan.campaignId,
    expected_close_on: calendarDateInZone(plan.expectedCloseAt, catalog.timeZone),
    stage_entered_at: plan.stageEnteredAt,
    won_at: plan.wonAt,
    lost_at: plan.lostAt,
    loss_reason_id: plan.lossReason === null ? null : (DEFAULT_LOSS_REASONS[plan.lossReason]?.id ?? null),
    loss_note: lossNotes.length > 0 && random.chance(0.3) ? random.pick(lossNotes) : null,
    bant_budget: plan.bant?.[0] ?? null,
    bant_authority: plan.bant?.[1] ?? null,
    bant_need: plan.bant?.[2] ?? null,
    bant_timing: plan.bant?.[3] ?? null,
    bant_score: plan.bant === null ? null : bantScore(plan.bant),
    qualified_at: plan.qualifiedAt,
    // Unused: a deal's ICP fit is its company's (companies.icp_fit, derived from the approved profiles).
    icp_fit: null,
    notes: random.chance(0.1) ? random.pick(catalog.dealNotes) : null,
    created_by: plan.createdBy.id,
    created_at: plan.createdAt,
    updated_at: plan.updatedAt,
    deleted_at: null,
  };
};

export const transitionRows = (ctx: SeedContext, plan: DealPlan): StageTransitionsTable[] =>
  plan.events.map((event) => ({
    id: ctx.newId(event.at),
    deal_id: plan.id,
    from_stage_id: event.from === null ? null : stageId(event.from),
    to_stage_id: stageId(event.to),
    from_status: event.fromStatus,
    to_status: event.toStatus,
    at: event.at,
    by_user_id: plan.owner.id,
  }));

/** A few ticks are taken back after the deal moved on (payment bounced, BANT revisited). */
const LATER_UNTICKED = 0.04;
const OPEN_STAGE_TICKED = 0.45;
const LOST_STAGE_TICKED = 0.35;
const OPTIONAL_TICKED = 0.5;

/**
 * Checklist rows (one per deal and control point, id `deal:point` as the app writes them).
 * The app gates forward moves, so every stage the deal left forward — and every stage it jumped
 * over — has its required items ticked before the move; the current or losing stage is partly
 * ticked. A small share of ticks are later taken back, so compliance is below 100%.
 */
export const checkRows = (ctx: SeedContext, plan: DealPlan): DealChecksTable[] => {
  const { random, clock, end } = ctx;
  const ticks = new Map<string, number>();
  const tick = (pointId: string, at: number) => {
    if (!ticks.has(pointId)) ticks.set(pointId, at);
  };
  const tickStage = (stage: number, from: number, to: number, share: number, requiredOnly: boolean) => {
    for (const point of DEFAULT_STAGES[stage]?.controlPoints ?? []) {
      if (requiredOnly && !point.required) continue;
      const chance = point.required ? share : OPTIONAL_TICKED * Math.min(1, share);
      if (chance >= 1 || random.chance(chance)) tick(point.id, clock.sampleBetween(from, Math.max(from, to - 60_000)));
    }
  };
  for (const visit of plan.visits) {
    if (visit.exit === 'forward' || visit.exit === 'won') {
      tickStage(visit.stage, visit.from, visit.to, 1, false);
    } else if (visit.exit === 'open') {
      tickStage(visit.stage, visit.from, visit.to, visit.stage === CUSTOMER ? 0.8 : OPEN_STAGE_TICKED, false);
    } else if (visit.exit === 'lost') {
      tickStage(visit.stage, visit.from, visit.to, LOST_STAGE_TICKED, false);
    }
  }
  for (const skip of plan.skipped) tickStage(skip.stage, Math.max(plan.createdAt, skip.at - DAY), skip.at, 1, true);

  const rows: DealChecksTable[] = [];
  for (const [pointId, at] of ticks) {
    const untick = random.chance(LATER_UNTICKED)
      ? clock.sampleBetween(at + 3_600_000, Math.min(end, at + 20 * DAY))
      : null;
    const untickedAt = untick !== null && untick < end ? untick : null;
    rows.push({
      id: `${plan.id}:${pointId}`,
      deal_id: plan.id,
      control_point_id: pointId,
      checked: untickedAt === null ? 1 : 0,
      checked_by: untickedAt === null ? plan.owner.id : null,
      checked_at: untickedAt === null ? at : null,
      created_at: at,
      updated_at: untickedAt ?? at,
      deleted_at: null,
    });
  }
  return rows;
};
