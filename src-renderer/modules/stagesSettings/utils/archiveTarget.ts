import { type FunnelStep, funnelStepIndex } from '@shared/domain/funnelSteps';

type Placed = { id: string; funnelStep: FunnelStep };

/**
 * Where an archived stage's open deals go unless the user picks otherwise: back to the stage
 * before it (of the same funnel step, else the nearest step; the closest in board order on a
 * tie), so late deals are not thrown back to the start and no gate is crossed. The first stage's
 * deals go to the next stage. `stages` are the pipeline's active stages in board order.
 */
export const defaultArchiveTarget = (stages: readonly Placed[], archivedId: string): string | null => {
  const at = stages.findIndex((stage) => stage.id === archivedId);
  const archived = stages[at];
  if (!archived) return null;
  const earlier = stages.slice(0, at);
  if (earlier.length === 0) return stages[at + 1]?.id ?? null;
  const step = funnelStepIndex(archived.funnelStep);
  const distance = (stage: Placed) => Math.abs(funnelStepIndex(stage.funnelStep) - step);
  // Scanning from the nearest earlier stage outwards, the first with the smallest distance wins.
  return [...earlier].reverse().reduce((best, stage) => (distance(stage) < distance(best) ? stage : best)).id;
};

/** Whether moving deals from the archived stage to the target goes forward on the board (gated). */
export const isForward = (stages: readonly Placed[], archivedId: string, targetId: string): boolean =>
  stages.findIndex((stage) => stage.id === targetId) > stages.findIndex((stage) => stage.id === archivedId);
