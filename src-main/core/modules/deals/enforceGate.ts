import type { GateBlockedParams } from '@shared/contract/schemas/controlPoints';
import {
  type GateStage,
  missingControlPoints,
  stagesToClearForMove,
  stagesToClearForWin,
} from '@shared/domain/gateRules';
import { DomainError } from '../../DomainError';
import type { Db } from '../../db/Db';
import type { DealsTable } from '../../db/schema';
import { checkedControlPointIds, listPipelineControlPoints } from '../controlPoints/controlPoints.repo';
import { listStages } from '../pipelines/pipelines.repo';

const gateStages = (db: Db, pipelineId: string): GateStage[] =>
  listStages(db, pipelineId, true).map((stage) => ({
    id: stage.id,
    position: stage.position,
    funnelStep: stage.funnelStep,
    archived: stage.archivedAt !== null,
  }));

/**
 * Throws GATE_BLOCKED when the deal may not leave its stage this way (rules in gateRules.ts):
 * `targetStageId` for a move, null for a win. Runs before any write, so a refused move changes
 * nothing.
 */
export const enforceGate = (db: Db, deal: DealsTable, targetStageId: string | null): void => {
  const stages = gateStages(db, deal.pipeline_id);
  const toClear =
    targetStageId === null
      ? stagesToClearForWin(stages, deal.stage_id)
      : stagesToClearForMove(stages, deal.stage_id, targetStageId);
  if (toClear.length === 0) return;
  const missing = missingControlPoints(
    listPipelineControlPoints(db, deal.pipeline_id, false),
    toClear,
    checkedControlPointIds(db, deal.id),
  );
  if (missing.length === 0) return;
  const params: GateBlockedParams = {
    dealId: deal.id,
    action: targetStageId === null ? 'win' : 'move',
    stageId: deal.stage_id,
    targetStageId,
    missing: missing.map((point) => ({
      id: point.id,
      stageId: point.stageId,
      label: point.label,
      defaultKey: point.defaultKey,
    })),
  };
  throw new DomainError('GATE_BLOCKED', `${missing.length} required checklist item(s) are not ticked`, params);
};
