import { z } from 'zod';
import { mutation, query } from '../procedure';
import { emptyInputSchema, idSchema } from '../schemas/common';
import {
  emailTemplateSchema,
  outboxIdInputSchema,
  outboxItemSchema,
  outboxListInputSchema,
  queueEmailInputSchema,
  renderedEmailSchema,
  renderInputSchema,
  smtpSettingsSchema,
  smtpStateSchema,
  smtpTestInputSchema,
  templateCreateInputSchema,
  templateUpdateInputSchema,
} from '../schemas/email';

/**
 * E-mail: synced templates, this device's SMTP account and the synced outbox. A queued message is
 * sent by the core's sender in the background (SMTP) or, with no SMTP account, opened in the mail
 * app and marked sent by hand; either way the sent message becomes an e-mail activity on the deal.
 */
export const emailProcedures = {
  'email.templates.list': query(emptyInputSchema, z.array(emailTemplateSchema)),
  'email.templates.create': mutation(templateCreateInputSchema, emailTemplateSchema, ['email_templates']),
  'email.templates.update': mutation(templateUpdateInputSchema, emailTemplateSchema, ['email_templates']),
  'email.templates.delete': mutation(z.object({ id: idSchema }).strict(), z.object({ id: idSchema }), [
    'email_templates',
  ]),
  /** Fills a subject and body for a deal (null: a sample deal), reporting unknown variables. */
  'email.render': query(renderInputSchema, renderedEmailSchema),
  'email.smtp.get': query(emptyInputSchema, smtpStateSchema),
  /** null forgets the account: messages are then opened in the mail app. */
  'email.smtp.set': mutation(z.object({ settings: smtpSettingsSchema.nullable() }).strict(), smtpStateSchema, [
    'smtp_settings',
  ]),
  /** Sends a test message now (writes nothing, so it waits on the network outside the write queue). */
  'email.smtp.test': query(smtpTestInputSchema, z.object({ sent: z.literal(true) })),
  'email.outbox.list': query(outboxListInputSchema, z.array(outboxItemSchema)),
  'email.queue': mutation(queueEmailInputSchema, outboxItemSchema, ['email_outbox']),
  /** A failed (or unknown) message back to the queue, due now. */
  'email.outbox.retry': mutation(outboxIdInputSchema, outboxItemSchema, ['email_outbox']),
  'email.outbox.cancel': mutation(outboxIdInputSchema, outboxItemSchema, ['email_outbox']),
  /** Sent by hand (the mail app) or confirmed sent after an unknown outcome: logs the activity. */
  'email.outbox.markSent': mutation(outboxIdInputSchema, outboxItemSchema, ['email_outbox', 'activities', 'deals']),
} as const;
