import type { CreateGateParams, DealGateParams } from '@shared/contract/schemas/controlPoints';
import {
  type GateStage,
  missingControlPoints,
  stagesToClearForEntry,
  stagesToClearForMove,
  stagesToClearForWin,
} from '@shared/domain/gateRules';
import { DomainError } from '../../DomainError';
import type { Db } from '../../db/Db';
import type { DealsTable } from '../../db/schema';
import type { ControlPoint } from '@shared/contract/schemas/controlPoints';
import { checkedControlPointIds, listPipelineControlPoints } from '../controlPoints/controlPoints.repo';
import { listStages } from '../pipelines/pipelines.repo';

const gateStages = (db: Db, pipelineId: string): GateStage[] =>
  listStages(db, pipelineId, true).map((stage) => ({
    id: stage.id,
    position: stage.position,
    funnelStep: stage.funnelStep,
    archived: stage.archivedAt !== null,
  }));

type MissingItem = DealGateParams['missing'][number];

/** Required items of `toClear` (stages of `pipelineId`) not in `checked`, as GATE_BLOCKED lists them. */
const missingItems = (db: Db, pipelineId: string, toClear: string[], checked: ReadonlySet<string>): MissingItem[] =>
  toClear.length === 0
    ? []
    : missingControlPoints(listPipelineControlPoints(db, pipelineId, false), toClear, checked).map(
        (point: ControlPoint) => ({
          id: point.id,
          stageId: point.stageId,
          label: point.label,
          defaultKey: point.defaultKey,
        }),
      );

const gateBlocked = (missing: readonly MissingItem[], params: DealGateParams | CreateGateParams): DomainError =>
  new DomainError('GATE_BLOCKED', `${missing.length} required checklist item(s) are not ticked`, params);

/**
 * Throws GATE_BLOCKED when the deal may not go where it is going (rules in gateRules.ts): a
 * target stage (of this pipeline or another) for a move, null for a win. Runs before any write,
 * so a refused move changes nothing.
 */
export const enforceGate = (
  db: Db,
  deal: DealsTable,
  target: { id: string; pipeline_id: string } | null,
): void => {
  const pipelineId = target?.pipeline_id ?? deal.pipeline_id;
  const stages = gateStages(db, pipelineId);
  const toClear =
    target === null ? stagesToClearForWin(stages, deal.stage_id) : stagesToClearForMove(stages, deal.stage_id, target.id);
  const missing = missingItems(db, pipelineId, toClear, checkedControlPointIds(db, deal.id));
  if (missing.length === 0) return;
  throw gateBlocked(missing, {
    dealId: deal.id,
    action: target === null ? 'win' : 'move',
    stageId: deal.stage_id,
    targetStageId: target?.id ?? null,
    missing,
  });
};

/**
 * A new deal starts in `stageId` only when the items of every stage before it are among the ones
 * its creator ticks in the same write (`checked`); a first-stage deal needs none.
 */
export const enforceCreateGate = (db: Db, pipelineId: string, stageId: string, checked: ReadonlySet<string>): void => {
  const missing = missingItems(db, pipelineId, stagesToClearForEntry(gateStages(db, pipelineId), stageId), checked);
  if (missing.length === 0) return;
  throw gateBlocked(missing, { dealId: null, action: 'create', stageId: null, targetStageId: stageId, missing });
};
