import type { AutomationRule } from '@shared/contract/schemas/automation';

/** A rule as the editor holds it while it is written; `enabled` is sent only by a create. */
export type RuleDraft = Pick<AutomationRule, 'name' | 'pipelineId' | 'trigger' | 'conditions' | 'actions'> & {
  enabled: boolean;
};
