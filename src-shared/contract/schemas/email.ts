import { z } from 'zod';
import { idSchema, languageSchema, nonEmptyTextSchema } from './common';

/** An address as the SMTP envelope takes it (no display name). */
export const emailAddressSchema = z.string().trim().max(254).pipe(z.email());

const templateFields = {
  name: nonEmptyTextSchema(120),
  language: languageSchema,
  subject: nonEmptyTextSchema(300),
  body: z.string().max(20_000),
};

export const emailTemplateSchema = z.object({
  id: idSchema,
  name: z.string(),
  language: languageSchema,
  subject: z.string(),
  body: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type EmailTemplate = z.infer<typeof emailTemplateSchema>;

export const templateCreateInputSchema = z.object(templateFields).strict();
export type TemplateForm = z.input<typeof templateCreateInputSchema>;
export const templateUpdateInputSchema = z
  .object({ id: idSchema, patch: z.object(templateFields).partial().strict() })
  .strict();

/** A subject and body filled for a deal (or, with no deal, for a sample one: the editor's preview). */
export const renderInputSchema = z
  .object({
    dealId: idSchema.nullable(),
    language: languageSchema,
    subject: z.string().max(300),
    body: z.string().max(20_000),
  })
  .strict();
export const renderedEmailSchema = z.object({
  subject: z.string(),
  body: z.string(),
  /** The deal's contact's address, if it has one. */
  to: z.string().nullable(),
  unknown: z.array(z.string()),
  empty: z.array(z.string()),
});
export type RenderedEmail = z.infer<typeof renderedEmailSchema>;

export const SMTP_SECURITY = ['tls', 'starttls', 'none'] as const;
export const smtpSettingsSchema = z
  .object({
    host: z.string().trim().min(1).max(253),
    port: z.number().int().min(1).max(65_535),
    /** tls: implicit TLS (465); starttls: upgrade required (587); none: a local relay only. */
    security: z.enum(SMTP_SECURITY),
    username: z.string().trim().max(254).nullable(),
    fromAddress: emailAddressSchema,
    fromName: z.string().trim().max(120).nullable(),
  })
  .strict();
export type SmtpSettings = z.infer<typeof smtpSettingsSchema>;

/** Where this host keeps the SMTP password (never in the database). */
export const PASSWORD_SOURCES = ['keychain', 'env', 'none'] as const;
export const smtpStateSchema = z.object({
  settings: smtpSettingsSchema.nullable(),
  password: z.object({
    source: z.enum(PASSWORD_SOURCES),
    /** A password is there to log in with. */
    present: z.boolean(),
    /** This host can keep one typed in (the desktop's keychain); otherwise it is read from the environment. */
    canStore: z.boolean(),
  }),
});
export type SmtpState = z.infer<typeof smtpStateSchema>;
export const smtpTestInputSchema = z.object({ to: emailAddressSchema }).strict();

export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'failed', 'unknown', 'cancelled'] as const;
export type OutboxStatusName = (typeof OUTBOX_STATUSES)[number];
/** Why a send failed, translated by the UI; the server's own words go in `errorDetail`. */
export const SEND_ERRORS = ['rejected', 'auth', 'unreachable', 'no_settings', 'gave_up', 'unknown_outcome'] as const;

export const outboxItemSchema = z.object({
  id: idSchema,
  dealId: z.string().nullable(),
  dealTitle: z.string().nullable(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  /** This device sends it (another device's row is only shown). */
  mine: z.boolean(),
  attempts: z.number().int(),
  nextAttemptAt: z.number().nullable(),
  errorCode: z.enum(SEND_ERRORS).nullable(),
  errorDetail: z.string().nullable(),
  sentAt: z.number().nullable(),
  sentVia: z.enum(['smtp', 'mail_app']).nullable(),
  ruleId: z.string().nullable(),
  createdAt: z.number(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

export const outboxListInputSchema = z.object({ dealId: idSchema.nullable().default(null) }).strict();
export const queueEmailInputSchema = z
  .object({
    dealId: idSchema,
    templateId: idSchema.nullable(),
    to: emailAddressSchema,
    subject: nonEmptyTextSchema(300),
    body: z.string().max(20_000),
  })
  .strict();
export const outboxIdInputSchema = z.object({ id: idSchema }).strict();
