import type { RuleAction } from '@shared/contract/schemas/automation';
import { automationId } from '@shared/domain/automation/automationId';
import { positionBetween } from '@shared/domain/positions';
import type { DealsTable } from '../db/schema';
import { prepare } from '../db/sql';
import { lastCardPosition } from '../modules/deals/dealColumn.repo';
import { enforceCreateGate } from '../modules/deals/enforceGate';
import { recordTransition } from '../modules/deals/recordTransition';
import { findStageRow } from '../modules/pipelines/pipelines.repo';
import type { ActionDetail, ActionTarget } from './ActionDetail';
import type { AutomationScope } from './AutomationScope';

const TITLE_MAX = 200;
const EXISTS = 'SELECT 1 FROM deals WHERE id = ?';

/**
 * A follow-up deal (renewal, upsell) for the same company, contact and owner, at the end of the
 * target stage's column and through its entry gate; its id is derived like a rule's task, so two
 * devices make one deal.
 */
export const createDealByRule = (
  scope: AutomationScope,
  action: Extract<RuleAction, { type: 'create_deal' }>,
  target: ActionTarget,
  deal: DealsTable,
): ActionDetail => {
  const id = automationId(target.ruleId, target.recordId, target.occurrence, target.actionIndex);
  if (prepare(scope.db, EXISTS).get(id)) return { code: 'deal_exists', params: { dealId: id } };
  const stage = findStageRow(scope.db, action.stageId);
  if (!stage || stage.archived_at !== null) return { code: 'bad_target', params: { stageId: action.stageId } };
  // The entry gate only: a rule's deal is nobody's form, so its "required always" custom fields are
  // not asked for as a form's create asks (see setCustomValues' `creating`) and show empty and
  // required in the drawer. Into a later stage the gate still counts them, as for any forward move
  // (the rule's run then records gate_blocked).
  enforceCreateGate(scope.db, stage.pipeline_id, stage.id, new Set());
  const title = `${action.titlePrefix} ${deal.title}`.slice(0, TITLE_MAX);
  scope.writer.insert('deals', {
    id,
    title,
    pipeline_id: stage.pipeline_id,
    stage_id: stage.id,
    position: positionBetween(lastCardPosition(scope.db, stage.id), null),
    status: 'open',
    value_minor: deal.value_minor,
    currency: deal.currency,
    kind: action.kind,
    owner_id: deal.owner_id,
    company_id: deal.company_id,
    contact_id: deal.contact_id,
    source_id: null,
    campaign_id: null,
    expected_close_on: null,
    stage_entered_at: scope.now,
    won_at: null,
    lost_at: null,
    loss_reason_id: null,
    loss_note: null,
    notes: null,
    created_by: scope.actorId,
    created_at: scope.now,
    updated_at: scope.now,
    deleted_at: null,
  });
  recordTransition(scope.writer, {
    dealId: id,
    fromStageId: null,
    toStageId: stage.id,
    fromStatus: null,
    toStatus: 'open',
    at: scope.now,
    byUserId: scope.actorId,
  });
  return { code: 'deal_created', params: { dealId: id, title } };
};
