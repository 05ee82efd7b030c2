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
import { missingRequiredFields } from '@shared/domain/customFields/missingRequiredFields';
import type { CustomValues } from '@shared/contract/schemas/customFields';
import type { GateMissingField } from '@shared/contract/schemas/controlPoints';
import { customValuesOf, listActiveCustomFields } from '../customFields/customFields.repo';

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

/**
 * Required custom deal fields left empty among the stages to clear (or always required). Every
 * board move passes here: the deal's values are read only when a required field could block it.
 */
const missingFields = (db: Db, toClear: string[], valuesOf: () => CustomValues): GateMissingField[] => {
  if (toClear.length === 0) return [];
  const required = listActiveCustomFields(db, 'deal').filter((field) => field.required !== 'never');
  if (required.length === 0) return [];
  return missingRequiredFields(required, toClear, valuesOf()).map((field) => ({
    id: field.id,
    stageId: field.requiredStageId,
    nameRu: field.nameRu,
    nameEn: field.nameEn,
  }));
};

const gateBlocked = (params: DealGateParams | CreateGateParams): DomainError =>
  new DomainError(
    'GATE_BLOCKED',
    `${params.missing.length} required checklist item(s) are not ticked, ${params.missingFields.length} required field(s) are empty`,
    params,
  );

/**
 * Throws GATE_BLOCKED when the deal may not go where it is going (rules in gateRules.ts): a
 * target stage (of this pipeline or another) for a move, null for a win. Runs before any write,
 * so a refused move changes nothing.
 */
export const enforceGate = (db: Db, deal: DealsTable, target: { id: string; pipeline_id: string } | null): void => {
  const pipelineId = target?.pipeline_id ?? deal.pipeline_id;
  const stages = gateStages(db, pipelineId);
  const toClear =
    target === null
      ? stagesToClearForWin(stages, deal.stage_id)
      : stagesToClearForMove(stages, deal.stage_id, target.id);
  const missing = missingItems(db, pipelineId, toClear, checkedControlPointIds(db, deal.id));
  const fields = missingFields(db, toClear, () => customValuesOf(db, [deal.id]).get(deal.id) ?? {});
  if (missing.length === 0 && fields.length === 0) return;
  throw gateBlocked({
    dealId: deal.id,
    action: target === null ? 'win' : 'move',
    stageId: deal.stage_id,
    targetStageId: target?.id ?? null,
    missing,
    missingFields: fields,
  });
};

/**
 * A new deal starts in `stageId` only when the items of every stage before it are among the ones
 * its creator ticks in the same write (`checked`); a first-stage deal needs none.
 */
export const enforceCreateGate = (
  db: Db,
  pipelineId: string,
  stageId: string,
  checked: ReadonlySet<string>,
  values: CustomValues = {},
): void => {
  const toClear = stagesToClearForEntry(gateStages(db, pipelineId), stageId);
  const missing = missingItems(db, pipelineId, toClear, checked);
  const fields = missingFields(db, toClear, () => values);
  if (missing.length === 0 && fields.length === 0) return;
  throw gateBlocked({
    dealId: null,
    action: 'create',
    stageId: null,
    targetStageId: stageId,
    missing,
    missingFields: fields,
  });
};
