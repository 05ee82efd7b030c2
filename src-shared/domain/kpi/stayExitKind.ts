import type { KpiStageInfo } from './KpiInput';

/** How a move from one stage to another left the first: forward or back in one pipeline, else 'other'. */
export const stayExitKind = (
  from: KpiStageInfo | undefined,
  to: KpiStageInfo | undefined,
): 'forward' | 'back' | 'other' => {
  if (!from || !to || from.pipelineId !== to.pipelineId) return 'other';
  return to.rank > from.rank ? 'forward' : 'back';
};
