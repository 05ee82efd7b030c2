import type { RuleAction } from '@shared/contract/schemas/automation';
import type { DealsTable } from '../db/schema';
import { enforceGate } from '../modules/deals/enforceGate';
import { placeDealInColumn } from '../modules/deals/placeDealInColumn';
import { recordTransition } from '../modules/deals/recordTransition';
import { findStageRow } from '../modules/pipelines/pipelines.repo';
import type { ActionDetail } from './ActionDetail';
import type { AutomationScope } from './AutomationScope';

/** Moves the deal as a board drop does: open deals only, to an active stage, through the gate. */
export const moveByRule = (
  scope: AutomationScope,
  action: Extract<RuleAction, { type: 'move_stage' }>,
  deal: DealsTable,
): ActionDetail => {
  if (deal.status !== 'open') return { code: 'not_open', params: { status: deal.status } };
  const target = findStageRow(scope.db, action.stageId);
  if (!target || target.archived_at !== null) return { code: 'bad_target', params: { stageId: action.stageId } };
  if (target.id === deal.stage_id) return { code: 'nothing_changed', params: {} };
  enforceGate(scope.db, deal, target);
  const position = placeDealInColumn(scope.db, scope.writer, deal.id, target.id, {});
  scope.writer.update(
    'deals',
    deal.id,
    { stage_id: target.id, pipeline_id: target.pipeline_id, position, stage_entered_at: scope.now },
    deal,
  );
  recordTransition(scope.writer, {
    dealId: deal.id,
    fromStageId: deal.stage_id,
    toStageId: target.id,
    fromStatus: 'open',
    toStatus: 'open',
    at: scope.now,
    byUserId: scope.actorId,
  });
  return { code: 'moved', params: { stageId: target.id } };
};
