import type { RuleAction } from '@shared/contract/schemas/automation';
import { resolveAssignee } from '@shared/domain/automation/resolveAssignee';
import type { DealsTable } from '../db/schema';
import type { ActionDetail, ActionTarget } from './ActionDetail';
import { assigneeFacts } from './assigneeFacts';
import type { AutomationScope } from './AutomationScope';

/** Gives the deal to a named user or to the next rep in turn (a change-logged field write). */
export const assignOwnerByRule = (
  scope: AutomationScope,
  action: Extract<RuleAction, { type: 'assign_owner' }>,
  target: ActionTarget,
  deal: DealsTable,
): ActionDetail => {
  const owner = resolveAssignee(action, assigneeFacts(scope.db, target.ruleId, deal.owner_id, action.teamId));
  if (owner === null) return { code: 'no_assignee', params: {} };
  const changed = scope.writer.update('deals', deal.id, { owner_id: owner }, deal);
  return changed.length === 0
    ? { code: 'nothing_changed', params: {} }
    : { code: 'owner_assigned', params: { assignedTo: owner } };
};
