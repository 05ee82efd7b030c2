import type { AutomationRule } from '@shared/contract/schemas/automation';
import type { RuleDraft } from '../types/RuleDraft';

/** The draft the editor opens with: the rule being edited, or a new one on entering any stage. */
export const ruleDraftOf = (rule: AutomationRule | null): RuleDraft =>
  rule
    ? { ...rule, enabled: rule.enabled }
    : {
        name: '',
        pipelineId: null,
        trigger: { type: 'stage_entered', stageId: null },
        conditions: [],
        actions: [],
        enabled: true,
      };
