import { type FunnelStep, funnelStepIndex } from './funnelSteps';
import { byPosition } from './listPlacement';

/**
 * Control-point gates (DESIGN §5, design-notes "Funnel rules"). A stage's required items are the
 * price of getting PAST it: a deal may be open in a stage only once the required items of every
 * active stage before it in that pipeline are ticked, and may be won only once those of every
 * stage of the sale (all stages up to the last purchase-step one) are ticked. The rule is about
 * where the deal ends up, not how it got there, so every way in is checked the same:
 * - a forward move within the pipeline (the stage left and any skipped count, and so does an
 *   earlier stage left unticked: a deal that entered a later stage another way cannot ride on);
 * - a move from another pipeline: entering pipeline B at stage T is starting at B's first stage
 *   and skipping to T (B's own items count; ticks of A's items stay on the deal for a way back);
 * - a deal created straight into a later stage (the creator ticks the items in the same write).
 * Moving backward or within a column is never gated; losing is never gated. Retention-step stages
 * come after the sale and never block a win.
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

/**
 * Stages whose required items must be ticked for a deal to be open in `targetId`: every active
 * stage before it (`keepId`, the stage a deal leaves, counts even if archived meanwhile).
 * `stages` are the target's pipeline's.
 */
export const stagesToClearForEntry = (stages: readonly GateStage[], targetId: string, keepId?: string): string[] => {
  const sorted = ordered(stages);
  const to = sorted.findIndex((stage) => stage.id === targetId);
  if (to < 0) return [];
  return sorted
    .slice(0, to)
    .filter((stage) => !stage.archived || stage.id === keepId)
    .map((stage) => stage.id);
};

/**
 * Stages to clear for a move: none backward or within the column; otherwise the entry rule of
 * the target (in its own pipeline when the move crosses pipelines).
 */
export const stagesToClearForMove = (stages: readonly GateStage[], fromId: string, toId: string): string[] => {
  const direction = moveDirection(stages, fromId, toId);
  if (direction === 'same' || direction === 'backward') return [];
  return stagesToClearForEntry(stages, toId, fromId);
};

const PURCHASE = funnelStepIndex('purchase');

/**
 * Stages a win must have cleared: every stage of the sale, from the first up to the last
 * purchase-step stage (active ones, and the deal's own), whatever stage the deal is in now.
 */
export const stagesToClearForWin = (stages: readonly GateStage[], currentId: string): string[] =>
  ordered(stages)
    .filter((stage) => !stage.archived || stage.id === currentId)
    .filter((stage) => funnelStepIndex(stage.funnelStep) <= PURCHASE)
    .map((stage) => stage.id);

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
