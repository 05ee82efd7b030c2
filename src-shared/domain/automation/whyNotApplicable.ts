import type { AutomationRule } from '../../contract/schemas/automation';
import { type ConditionContext, conditionHolds } from './conditionHolds';
import type { DealFacts } from './DealFacts';

export type RunReason = { code: string; params: Record<string, string | number | null> };

/**
 * Why a rule does not apply to a deal (its pipeline scope, then its first failing condition), or
 * null when every condition holds: the run log says this instead of "nothing happened".
 */
export const whyNotApplicable = (
  rule: Pick<AutomationRule, 'pipelineId' | 'conditions'>,
  deal: DealFacts,
  context?: ConditionContext,
): RunReason | null => {
  if (rule.pipelineId !== null && rule.pipelineId !== deal.pipelineId) {
    return { code: 'other_pipeline', params: { pipelineId: String(deal.pipelineId) } };
  }
  const index = rule.conditions.findIndex((condition) => !conditionHolds(condition, deal, context));
  if (index < 0) return null;
  const failed = rule.conditions[index];
  return { code: 'condition_failed', params: { index, type: failed?.type ?? null } };
};
