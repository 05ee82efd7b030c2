import type { RuleAction } from '@shared/contract/schemas/automation';
import { automationId } from '@shared/domain/automation/automationId';
import { renderEmailTemplate } from '@shared/domain/email/renderEmailTemplate';
import type { DealsTable } from '../db/schema';
import { prepare } from '../db/sql';
import { storedDeviceId } from '../device/storedDeviceId';
import { findTemplateRow } from '../modules/email/emailTemplates.service';
import { insertOutboxRow } from '../modules/email/outbox.service';
import { templateFacts } from '../modules/email/templateFacts';
import { getSettings } from '../modules/settings/settings.service';
import type { ActionDetail, ActionTarget } from './ActionDetail';
import type { AutomationScope } from './AutomationScope';

type SendEmailAction = Extract<RuleAction, { type: 'send_email' }>;

/**
 * Queues the template, filled for the deal, to the deal's contact. The outbox row's id is derived
 * from rule, record, occurrence and action, like a rule's task: a second device firing for the
 * same event writes the same row, sync merges the two into one message, and the row names one
 * sending device. Sending happens later, outside this transaction (the outbox's sender).
 */
export const sendEmailByRule = (
  scope: AutomationScope,
  action: SendEmailAction,
  target: ActionTarget,
  deal: DealsTable,
): ActionDetail => {
  const id = automationId(target.ruleId, target.recordId, target.occurrence, target.actionIndex);
  if (prepare(scope.db, 'SELECT 1 FROM email_outbox WHERE id = ?').get(id)) {
    return { code: 'email_exists', params: { emailId: id } };
  }
  const template = findTemplateRow(scope.db, action.templateId);
  if (!template || template.deleted_at !== null) return { code: 'template_missing', params: {} };
  const facts = templateFacts(scope.db, deal.id, template.language, scope.now);
  const to = facts?.contact?.email ?? null;
  if (!facts || to === null) return { code: 'no_recipient', params: {} };
  const options = { language: template.language, timeZone: getSettings(scope.db)['workspace.timeZone'] };
  const subject = renderEmailTemplate(template.subject, facts, options);
  const body = renderEmailTemplate(template.body, facts, options);
  const unknown = [...subject.unknown, ...body.unknown];
  if (unknown.length > 0) return { code: 'template_unknown_variables', params: { names: unknown.join(', ') } };
  insertOutboxRow(
    scope.writer,
    {
      id,
      dealId: deal.id,
      contactId: deal.contact_id,
      templateId: template.id,
      ruleId: target.ruleId,
      to,
      subject: subject.text,
      body: body.text,
      createdBy: deal.owner_id,
    },
    storedDeviceId(scope.db),
    scope.now,
  );
  return { code: 'email_queued', params: { emailId: id, to } };
};
