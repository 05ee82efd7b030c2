import { DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';

/**
 * The default funnel's control points of every stage before `stageKey` (all of them for a stage
 * that is not a default one): what `deals.create` straight into that stage must tick.
 */
export const itemsBefore = (stageKey: string): string[] => {
  const index = DEFAULT_STAGES.findIndex((stage) => stage.key === stageKey);
  return DEFAULT_STAGES.slice(0, index < 0 ? DEFAULT_STAGES.length : index).flatMap((stage) =>
    stage.controlPoints.map((point) => point.id),
  );
};
