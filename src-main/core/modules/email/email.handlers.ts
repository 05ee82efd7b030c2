import type { HandlersOf } from '../../Handlers';
import { getSettings } from '../settings/settings.service';
import { createTemplate, deleteTemplate, listTemplates, updateTemplate } from './emailTemplates.service';
import { cancelOutbox, listOutbox, markOutboxSent, queueEmail, retryOutbox } from './outbox.service';
import { renderEmail } from './renderEmail';
import { sendTestMessage, setSmtpSettings, smtpState } from './smtp.service';

type EmailMethods =
  | 'email.templates.list'
  | 'email.templates.create'
  | 'email.templates.update'
  | 'email.templates.delete'
  | 'email.render'
  | 'email.smtp.get'
  | 'email.smtp.set'
  | 'email.smtp.test'
  | 'email.outbox.list'
  | 'email.queue'
  | 'email.outbox.retry'
  | 'email.outbox.cancel'
  | 'email.outbox.markSent';

export const emailHandlers: HandlersOf<EmailMethods> = {
  'email.templates.list': (_input, ctx) => listTemplates(ctx),
  'email.templates.create': (input, ctx) => createTemplate(ctx, input),
  'email.templates.update': (input, ctx) => updateTemplate(ctx, input.id, input.patch),
  'email.templates.delete': (input, ctx) => deleteTemplate(ctx, input.id),
  'email.render': (input, ctx) => renderEmail(ctx.db, input, getSettings(ctx.db), ctx.clock.now()),
  'email.smtp.get': (_input, ctx) => smtpState(ctx.db, ctx.mail.password),
  'email.smtp.set': (input, ctx) => setSmtpSettings(ctx, input.settings),
  'email.smtp.test': (input, ctx) => sendTestMessage(ctx, input.to),
  'email.outbox.list': (input, ctx) => listOutbox(ctx, input.dealId),
  'email.queue': (input, ctx) => queueEmail(ctx, input),
  'email.outbox.retry': (input, ctx) => retryOutbox(ctx, input.id),
  'email.outbox.cancel': (input, ctx) => cancelOutbox(ctx, input.id),
  'email.outbox.markSent': (input, ctx) => markOutboxSent(ctx, input.id),
};
