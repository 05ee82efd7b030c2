import { type DefaultNamed, displayName } from './displayName';
import type { Translate } from './Translate';

export type PipelineStage = DefaultNamed & { key: string; pipelineId: string };

/**
 * The name to show for each stage (by key) in a list that spans pipelines: the stage's own name,
 * or "Qualification (Partners)" when a stage of another pipeline in the list has the same name —
 * two funnels made from the same template would otherwise give a chart or a table the same row
 * name twice with different figures. `pipelineName` null (an archived pipeline, not loaded) keeps
 * the bare name.
 */
export const stageLabels = (
  stages: readonly PipelineStage[],
  t: Translate,
  pipelineName: (pipelineId: string) => string | null,
): Map<string, string> => {
  const names = new Map(stages.map((stage) => [stage.key, displayName(stage, t, 'stage')]));
  const pipelinesByName = new Map<string, Set<string>>();
  for (const stage of stages) {
    const name = names.get(stage.key) ?? '';
    pipelinesByName.set(name, (pipelinesByName.get(name) ?? new Set()).add(stage.pipelineId));
  }
  const labels = new Map<string, string>();
  for (const stage of stages) {
    const name = names.get(stage.key) ?? '';
    const shared = (pipelinesByName.get(name)?.size ?? 0) > 1;
    const pipeline = shared ? pipelineName(stage.pipelineId) : null;
    labels.set(stage.key, pipeline ? `${name} (${pipeline})` : name);
  }
  return labels;
};
