import { type FunnelStep, funnelStepIndex } from './funnelSteps';
import { byPosition } from './listPlacement';

/**
 * Control-point gates (DESIGN §5). A deal may not leave a stage FORWARD while a required item of
 * that stage is unticked. Skipping stages does not dodge the rule: the required items of every
 * stage jumped over count too (a deal cannot reach Contract without Qualification's BANT items).
 * Moving backward, within a column, or to another pipeline is never gated; losing is never gated.
 *
 * Winning is treated as the last forward move of the sale: it leaves every stage up to and
 * including the last purchase-step stage, so the required items of the current stage and of every
 * later stage whose step is purchase or earlier must be ticked (contract signed, invoice issued,
 * payment received in the default funnel). Retention-step stages come after the sale and never
 * block a win.
 */
export type GateStage = { id: string; position: string; funnelStep: FunnelStep; archived: boolean };
export type GateControlPoint = { id: string; stageId: string; required: boolean; position: string };
export type MoveDirection = 'same' | 'forward' | 'backward' | 'other_pipeline';

const ordered = (stages: readonly GateStage[]): GateStage[] => [...stages].sort(byPosition);

export const moveDirection = (stages: readonly GateStage[], fromId: string, toId: string): MoveDirection => {
  if (fromId === toId) return 'same';
  const sorted = ordered(stages);
  const from = sorted.findIndex((stage) => stage.id === fromId);
  const to = sorted.findIndex((stage) => stage.id === toId);
  if (from < 0 || to < 0) return 'other_pipeline';
  return to > from ? 'forward' : 'backward';
};

/** Stages whose required items must be ticked to move: the one left and any active one skipped. */
export const stagesToClearForMove = (stages: readonly GateStage[], fromId: string, toId: string): string[] => {
  if (moveDirection(stages, fromId, toId) !== 'forward') return [];
  const sorted = ordered(stages);
  const from = sorted.findIndex((stage) => stage.id === fromId);
  const to = sorted.findIndex((stage) => stage.id === toId);
  const skipped = sorted.slice(from + 1, to).filter((stage) => !stage.archived);
  return [fromId, ...skipped.map((stage) => stage.id)];
};

const PURCHASE = funnelStepIndex('purchase');

/** Stages a win leaves: the current one and later active ones up to the purchase step. */
export const stagesToClearForWin = (stages: readonly GateStage[], currentId: string): string[] => {
  const sorted = ordered(stages);
  const current = sorted.findIndex((stage) => stage.id === currentId);
  if (current < 0) return [];
  return sorted
    .slice(current)
    .filter((stage, offset) => offset === 0 || !stage.archived)
    .filter((stage) => funnelStepIndex(stage.funnelStep) <= PURCHASE)
    .map((stage) => stage.id);
};

/**
 * Required, unticked items of the given stages, in board order (stage order, then item order).
 * `points` are the active (not archived) control points; `checked` the ids ticked on the deal.
 */
export const missingControlPoints = <P extends GateControlPoint>(
  points: readonly P[],
  stageIds: readonly string[],
  checked: ReadonlySet<string>,
): P[] => {
  const stageOrder = new Map(stageIds.map((id, index) => [id, index]));
  return points
    .filter((point) => point.required && stageOrder.has(point.stageId) && !checked.has(point.id))
    .sort((a, b) => (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0) || byPosition(a, b));
};
