import type { RuleAction } from '@shared/contract/schemas/automation';
import type { DealsTable } from '../db/schema';
import type { ActionDetail, ActionTarget } from './ActionDetail';
import { assignOwnerByRule } from './assignOwnerByRule';
import type { AutomationScope } from './AutomationScope';
import { createDealByRule } from './createDealByRule';
import { createRuleTask } from './createRuleTask';
import { moveByRule } from './moveByRule';
import { sendEmailByRule } from './sendEmailByRule';
import { setFieldByRule } from './setFieldByRule';

/** Runs one action of a rule on a deal through the transaction's writer. */
export const executeAction = (
  scope: AutomationScope,
  action: RuleAction,
  target: ActionTarget,
  deal: DealsTable,
): ActionDetail => {
  switch (action.type) {
    case 'create_task':
    case 'notify':
      return createRuleTask(scope, action, target, deal);
    case 'assign_owner':
      return assignOwnerByRule(scope, action, target, deal);
    case 'set_field':
      return setFieldByRule(scope, action, deal);
    case 'move_stage':
      return moveByRule(scope, action, deal);
    case 'create_deal':
      return createDealByRule(scope, action, target, deal);
    case 'send_email':
      return sendEmailByRule(scope, action, target, deal);
  }
};
