import type { ImportDate } from '@shared/domain/import/parseImportDate';
import { foldText } from '@shared/domain/foldText';
import { v7 as uuidv7 } from 'uuid';
import type { RowValues } from '../../changes/ChangeWriter';
import { dateToEpoch, minorUnits, textField, type ImportSession } from './createImportSession';
import type { DealPlan, StageInfo } from './dealPlan';
import type { FieldValue, ImportRecord } from './ImportRecord';

type Status = 'open' | 'won' | 'lost';
const STATUS_WORDS: Record<string, Status> = {
  open: 'open',
  открыта: 'open',
  'в работе': 'open',
  won: 'won',
  выиграна: 'won',
  успешно: 'won',
  lost: 'lost',
  проиграна: 'lost',
  'закрыто и не реализовано': 'lost',
};

export type Step = { stage: StageInfo; at: number };

/** The stage (and status) a record's stage value names, through the mapping's translation. */
const stageOf = (plan: DealPlan, value: FieldValue | undefined, record: ImportRecord) => {
  if (value === undefined) return { stage: plan.stages[0], status: null };
  const target =
    typeof value === 'object' && 'stage' in value ? value : { stage: textField(value) ?? '', status: null };
  const stage = plan.stage(target.stage);
  if (!stage) record.issues.push({ field: 'stage', reason: 'unknown_stage', value: target.stage });
  return { stage: stage ?? plan.stages[0], status: target.status };
};

const statusOf = (value: FieldValue | undefined, record: ImportRecord): Status | null => {
  if (value === undefined) return null;
  if (typeof value === 'object' && 'status' in value) return value.status;
  const status = STATUS_WORDS[foldText(textField(value) ?? '')];
  if (!status) record.issues.push({ field: 'status', reason: 'unknown_value', value: textField(value) });
  return status ?? null;
};

const epoch = (session: ImportSession, value: FieldValue | undefined): number | null =>
  value !== undefined && typeof value === 'object' && 'date' in value
    ? dateToEpoch(value as ImportDate, session.settings['workspace.timeZone'])
    : null;

/**
 * The deal's path through the pipeline as the file tells it: the first stage at creation, each
 * history date that moves it forward, then its final stage (at its close date, else its last
 * known date). Dates never run backwards: a step dated before the one before it takes that date.
 */
export const dealSteps = (
  plan: DealPlan,
  created: number,
  history: Step[],
  final: StageInfo,
  closedAt: number | null,
): Step[] => {
  const first = plan.stages[0] ?? final;
  const steps: Step[] = [{ stage: first, at: created }];
  for (const step of [...history].sort((a, b) => a.at - b.at)) {
    const last = steps.at(-1) as Step;
    if (step.stage.index > last.stage.index && step.stage.index <= final.index) {
      steps.push({ stage: step.stage, at: Math.max(step.at, last.at) });
    }
  }
  const last = steps.at(-1) as Step;
  if (last.stage.id !== final.id) steps.push({ stage: final, at: Math.max(closedAt ?? last.at, last.at) });
  return steps;
};

export type DealBuild = { row: RowValues; steps: Step[]; status: Status; closedAt: number | null };

/** A deal row from a record, with its stage path; references resolved or created. */
export const dealRow = (session: ImportSession, plan: DealPlan, record: ImportRecord): DealBuild => {
  const { fields, issues } = record;
  const chosen = stageOf(plan, fields.get('stage'), record);
  const final = chosen.stage as StageInfo;
  const status = statusOf(fields.get('status'), record) ?? chosen.status ?? 'open';
  const created = epoch(session, fields.get('createdAt')) ?? session.now;
  let closedAt = epoch(session, fields.get('closedAt'));
  if (status !== 'open' && closedAt === null) {
    issues.push({ field: 'closedAt', reason: 'close_date_missing', value: null });
    closedAt = session.now;
  }
  const history = record.history.flatMap((step) => {
    const stage = plan.stage(step.stage);
    if (!stage) issues.push({ field: 'stage', reason: 'unknown_stage', value: step.stage });
    return stage ? [{ stage, at: dateToEpoch(step.date, session.settings['workspace.timeZone']) }] : [];
  });
  const steps = dealSteps(plan, created, history, final, status === 'open' ? null : closedAt);
  // A close dated before the last step (a file's slip) closes at that step, never before it.
  if (closedAt !== null) closedAt = Math.max(closedAt, (steps.at(-1) as Step).at);
  const currency =
    textField(fields.get('currency')) ?? session.mapping.currency ?? session.settings['workspace.currency'];
  const value = fields.get('value');
  const companyName = textField(fields.get('company'));
  const companyId = companyName ? session.companyRef(companyName, issues) : null;
  if (!companyName && session.mapping.columns.company)
    issues.push({ field: 'company', reason: 'blank_value', value: null });
  const ownerName = textField(fields.get('owner'));
  if (!ownerName && session.mapping.columns.owner) issues.push({ field: 'owner', reason: 'blank_value', value: null });
  const contactName = textField(fields.get('contact'));
  const sourceName = textField(fields.get('source'));
  const sourceId = sourceName ? plan.source(sourceName) : undefined;
  if (sourceName && !sourceId) issues.push({ field: 'source', reason: 'unknown_value', value: sourceName });
  const reasonName = textField(fields.get('lossReason'));
  let lossReasonId = reasonName ? plan.lossReason(reasonName) : undefined;
  if (reasonName && !lossReasonId) issues.push({ field: 'lossReason', reason: 'unknown_value', value: reasonName });
  if (status === 'lost' && !lossReasonId) {
    if (!reasonName) issues.push({ field: 'lossReason', reason: 'loss_reason_missing', value: null });
    lossReasonId = plan.defaultLossReason;
  }
  const expected = fields.get('expectedClose');
  const row: RowValues = {
    title: textField(fields.get('title')) ?? '',
    pipeline_id: plan.pipelineId,
    stage_id: final.id,
    status,
    value_minor: typeof value === 'number' ? minorUnits(value, currency) : 0,
    currency,
    kind: 'new',
    owner_id: ownerName ? session.userRef(ownerName, 'rep', issues, 'owner') : session.actorId,
    company_id: companyId,
    contact_id: contactName ? session.contactRef(contactName, companyId, issues) : null,
    source_id: sourceId ?? null,
    campaign_id: null,
    expected_close_on:
      expected !== undefined && typeof expected === 'object' && 'date' in expected ? expected.date : null,
    stage_entered_at: (steps.at(-1) as Step).at,
    won_at: status === 'won' ? closedAt : null,
    lost_at: status === 'lost' ? closedAt : null,
    loss_reason_id: status === 'lost' ? (lossReasonId ?? null) : null,
    loss_note: null,
    notes: textField(fields.get('notes')),
    created_by: session.actorId,
    created_at: created,
  };
  return { row, steps, status, closedAt: status === 'open' ? null : closedAt };
};

/** The deal's stage transitions, appended after its insert (creation, moves, then its close). */
export const insertDealSteps = (session: ImportSession, dealId: string, build: DealBuild): void => {
  let previous: Step | null = null;
  const transition = (from: Step | null, to: Step, fromStatus: Status | null, toStatus: Status, at: number) =>
    session.journal.insert('stage_transitions', {
      id: uuidv7(),
      deal_id: dealId,
      from_stage_id: from?.stage.id ?? null,
      to_stage_id: to.stage.id,
      from_status: fromStatus,
      to_status: toStatus,
      at,
      by_user_id: session.actorId,
    });
  for (const step of build.steps) {
    transition(previous, step, previous ? 'open' : null, 'open', step.at);
    previous = step;
  }
  if (build.status !== 'open' && previous) {
    transition(previous, previous, 'open', build.status, build.closedAt ?? previous.at);
  }
};
