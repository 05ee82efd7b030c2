import type { RuleAction } from '@shared/contract/schemas/automation';
import { automationId } from '@shared/domain/automation/automationId';
import { resolveAssignee } from '@shared/domain/automation/resolveAssignee';
import type { DealsTable } from '../db/schema';
import { prepare } from '../db/sql';
import type { ActionDetail, ActionTarget } from './ActionDetail';
import { assigneeFacts } from './assigneeFacts';
import type { AutomationScope } from './AutomationScope';

type TaskAction = Extract<RuleAction, { type: 'create_task' | 'notify' }>;

const EXISTS = 'SELECT 1 FROM activities WHERE id = ?';

/**
 * A task (or, for `notify`, a to-do due now that the bell rings for) on the deal, with an id
 * derived from rule, record, occurrence and action: a second device firing for the same event
 * writes the same row, and a run that already made it makes nothing.
 */
export const createRuleTask = (
  scope: AutomationScope,
  action: TaskAction,
  target: ActionTarget,
  deal: DealsTable,
): ActionDetail => {
  const id = automationId(target.ruleId, target.recordId, target.occurrence, target.actionIndex);
  if (prepare(scope.db, EXISTS).get(id)) return { code: 'task_exists', params: { taskId: id } };
  const assignee = resolveAssignee(action, assigneeFacts(scope.db, target.ruleId, deal.owner_id, action.teamId));
  // A notification for nobody is no notification; an unassigned task still shows on the team's day.
  if (assignee === null && (action.type === 'notify' || action.assignee !== 'owner')) {
    return { code: 'no_assignee', params: {} };
  }
  const notify = action.type === 'notify';
  scope.writer.insert('activities', {
    id,
    type: notify ? 'task' : action.taskType,
    direction: null,
    outcome: null,
    duration_sec: null,
    amount_minor: null,
    currency: null,
    file_ref: null,
    content_kind: null,
    engagement: null,
    subject: notify ? action.message : action.subject,
    body: null,
    deal_id: deal.id,
    company_id: deal.company_id,
    contact_id: deal.contact_id,
    owner_id: assignee,
    due_at: notify ? scope.now : scope.now + action.dueInMinutes * 60_000,
    done_at: null,
    rule_id: target.ruleId,
    created_at: scope.now,
    updated_at: scope.now,
    deleted_at: null,
  });
  return { code: notify ? 'notified' : 'task_created', params: { taskId: id, assignedTo: assignee } };
};
