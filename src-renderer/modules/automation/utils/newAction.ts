import type { RuleAction } from '@shared/contract/schemas/automation';
import type { RULE_ACTION_TYPES } from './ruleActionTypes';

/** An action of this type with the editor's starting values. */
export const newAction = (
  type: (typeof RULE_ACTION_TYPES)[number],
  stageId: string,
  text: string,
  templateId = '',
): RuleAction => {
  switch (type) {
    case 'send_email':
      return { type, templateId };
    case 'create_task':
      return { type, taskType: 'call', subject: text, dueInMinutes: 240, assignee: 'owner', userIds: [] };
    case 'notify':
      return { type, message: text, assignee: 'owner', userIds: [] };
    case 'move_stage':
      return { type, stageId };
    case 'assign_owner':
      return { type, assignee: 'round_robin', userIds: [] };
  }
};
