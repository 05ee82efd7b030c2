import type { OutboxItem } from '@shared/contract/schemas/email';
import { SEND_ERRORS } from '@shared/contract/schemas/email';
import { fieldIssue } from '@shared/contract/schemas/fields';
import { renderEmailTemplate } from '@shared/domain/email/renderEmailTemplate';
import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';
import { ZodError } from 'zod';
import { DomainError } from '../../DomainError';
import type { HandlerContext } from '../../HandlerContext';
import type { ChangeWriter } from '../../changes/ChangeWriter';
import type { Db } from '../../db/Db';
import type { EmailOutboxTable } from '../../db/schema';
import { prepare } from '../../db/sql';
import { findDealRow } from '../deals/deals.repo';
import { notFound } from '../pipelines/notFound';
import { getSettings } from '../settings/settings.service';
import { templateFacts } from './templateFacts';

/** Fixed namespace of ids derived from an outbox row (never change it: devices must agree). */
const NAMESPACE = 'b3f1e0a4-5c2d-4e7f-8a91-0d6c2b4e9f13';

/** The e-mail activity a sent message becomes: one per message, whichever device logs it. */
export const sentActivityId = (outboxId: string): string => uuidv5(`${outboxId}|sent`, NAMESPACE);

/** The Message-ID header: the same on every device and every attempt, so a repeat is one message downstream. */
export const messageIdOf = (outboxId: string): string => `<${outboxId}@voronka.local>`;

type ItemRow = EmailOutboxTable & { deal_title: string | null };

const ITEM = `SELECT o.*, d.title AS deal_title FROM email_outbox o LEFT JOIN deals d ON d.id = o.deal_id`;

const toItem = (row: ItemRow, deviceId: string): OutboxItem => ({
  id: row.id,
  dealId: row.deal_id,
  dealTitle: row.deal_title,
  to: row.to_address,
  subject: row.subject,
  body: row.body,
  status: row.status,
  mine: row.sender_device === deviceId,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  errorCode: (SEND_ERRORS as readonly string[]).includes(row.error_code ?? '')
    ? (row.error_code as OutboxItem['errorCode'])
    : null,
  errorDetail: row.error_detail,
  sentAt: row.sent_at,
  sentVia: row.sent_via,
  ruleId: row.rule_id,
  createdAt: row.created_at,
});

export const findOutboxRow = (db: Db, id: string): EmailOutboxTable | undefined =>
  prepare(db, 'SELECT * FROM email_outbox WHERE id = ?').get(id) as EmailOutboxTable | undefined;

const requireOutboxRow = (db: Db, id: string): EmailOutboxTable => {
  const row = findOutboxRow(db, id);
  if (!row || row.deleted_at !== null) throw notFound('email', id);
  return row;
};

export const getOutboxItem = (ctx: HandlerContext, id: string): OutboxItem =>
  toItem(prepare(ctx.db, `${ITEM} WHERE o.id = ?`).get(id) as ItemRow, ctx.deviceId);

/** Newest first: the whole outbox (Settings → E-mail) or one deal's messages (its drawer). */
export const listOutbox = (ctx: HandlerContext, dealId: string | null): OutboxItem[] => {
  const rows = (
    dealId === null
      ? prepare(ctx.db, `${ITEM} WHERE o.deleted_at IS NULL ORDER BY o.created_at DESC, o.id LIMIT 200`).all()
      : prepare(ctx.db, `${ITEM} WHERE o.deleted_at IS NULL AND o.deal_id = ? ORDER BY o.created_at DESC, o.id`).all(
          dealId,
        )
  ) as ItemRow[];
  return rows.map((row) => toItem(row, ctx.deviceId));
};

export type NewOutboxRow = {
  id: string;
  dealId: string;
  contactId: string | null;
  templateId: string | null;
  ruleId: string | null;
  to: string;
  subject: string;
  body: string;
  createdBy: string | null;
};

/** A queued message, sent by this device (the row names it: a peer that receives the row only shows it). */
export const insertOutboxRow = (writer: ChangeWriter, row: NewOutboxRow, deviceId: string, now: number): void => {
  writer.insert('email_outbox', {
    id: row.id,
    deal_id: row.dealId,
    contact_id: row.contactId,
    template_id: row.templateId,
    rule_id: row.ruleId,
    to_address: row.to,
    subject: row.subject,
    body: row.body,
    status: 'queued',
    sender_device: deviceId,
    attempts: 0,
    next_attempt_at: now,
    claimed_until: null,
    error_code: null,
    error_detail: null,
    sent_at: null,
    sent_via: null,
    created_by: row.createdBy,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  });
};

const unknownVariables = (path: string, names: string[]): ZodError =>
  new ZodError([
    {
      ...fieldIssue('template_variable_unknown', `Unknown variable: ${names.join(', ')}`),
      params: { reason: 'template_variable_unknown', names: names.join(', ') },
      path: [path],
    },
  ]);

type QueueInput = { dealId: string; templateId: string | null; to: string; subject: string; body: string };

/**
 * Queues a message written in the deal drawer. The text may still hold variables (typed in the
 * compose box): they are filled here, and an unknown one refuses the message rather than mailing
 * "{{contact.fristName}}" to a customer.
 */
export const queueEmail = (ctx: HandlerContext, input: QueueInput): OutboxItem => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    const deal = findDealRow(ctx.db, input.dealId);
    if (!deal || deal.deleted_at !== null) throw notFound('deal', input.dealId);
    const settings = getSettings(ctx.db);
    const language = settings['ui.language'] ?? 'ru';
    const facts = templateFacts(ctx.db, deal.id, language, now);
    const options = { language, timeZone: settings['workspace.timeZone'] };
    const subject = renderEmailTemplate(input.subject, facts!, options);
    const body = renderEmailTemplate(input.body, facts!, options);
    if (subject.unknown.length > 0) throw unknownVariables('subject', subject.unknown);
    if (body.unknown.length > 0) throw unknownVariables('body', body.unknown);
    insertOutboxRow(
      writer,
      {
        id,
        dealId: deal.id,
        contactId: deal.contact_id,
        templateId: input.templateId,
        ruleId: null,
        to: input.to,
        subject: subject.text,
        body: body.text,
        createdBy: ctx.actorId(),
      },
      ctx.deviceId,
      now,
    );
  });
  ctx.mail.kick();
  return getOutboxItem(ctx, id);
};

const refused = (reason: string, message: string) => new DomainError('CONFLICT', message, { reason });

/** Failed, or unknown after a crash: back to the queue, due now (the user checked their Sent folder). */
export const retryOutbox = (ctx: HandlerContext, id: string): OutboxItem => {
  ctx.write((writer, now) => {
    const row = requireOutboxRow(ctx.db, id);
    if (row.status !== 'failed' && row.status !== 'unknown') {
      throw refused('email_not_retryable', 'Only a failed message can be sent again');
    }
    writer.update(
      'email_outbox',
      id,
      // This device takes it over: the user pressed "send again" here.
      {
        status: 'queued',
        sender_device: ctx.deviceId,
        attempts: 0,
        next_attempt_at: now,
        error_code: null,
        error_detail: null,
        claimed_until: null,
        updated_at: now,
      },
      row,
    );
  });
  ctx.mail.kick();
  return getOutboxItem(ctx, id);
};

export const cancelOutbox = (ctx: HandlerContext, id: string): OutboxItem => {
  ctx.write((writer, now) => {
    const row = requireOutboxRow(ctx.db, id);
    if (row.status !== 'queued' && row.status !== 'failed' && row.status !== 'unknown') {
      throw refused('email_not_cancellable', 'A message being sent or already sent cannot be cancelled');
    }
    writer.update('email_outbox', id, { status: 'cancelled', updated_at: now }, row);
  });
  return getOutboxItem(ctx, id);
};

/**
 * The message went out: the row is `sent` and the deal gets its e-mail activity (id derived from
 * the row, so a second device confirming the same message logs nothing more).
 */
export const settleSent = (
  db: Db,
  writer: ChangeWriter,
  row: EmailOutboxTable,
  via: 'smtp' | 'mail_app',
  now: number,
  ownerId: string | null,
): void => {
  writer.update(
    'email_outbox',
    row.id,
    {
      status: 'sent',
      sent_at: now,
      sent_via: via,
      claimed_until: null,
      error_code: null,
      error_detail: null,
      updated_at: now,
    },
    row,
  );
  const activityId = sentActivityId(row.id);
  if (prepare(db, 'SELECT 1 FROM activities WHERE id = ?').get(activityId)) return;
  const deal = row.deal_id === null ? undefined : findDealRow(db, row.deal_id);
  writer.insert('activities', {
    id: activityId,
    type: 'email',
    direction: 'outbound',
    outcome: null,
    duration_sec: null,
    amount_minor: null,
    currency: null,
    file_ref: null,
    content_kind: null,
    engagement: null,
    subject: row.subject,
    body: `${row.to_address}\n\n${row.body}`,
    deal_id: row.deal_id,
    company_id: deal?.company_id ?? null,
    contact_id: row.contact_id,
    owner_id: ownerId ?? row.created_by ?? deal?.owner_id ?? null,
    due_at: null,
    done_at: now,
    rule_id: row.rule_id,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  });
};

/** Sent from the mail app (no SMTP account here), or confirmed sent after an unknown outcome. */
export const markOutboxSent = (ctx: HandlerContext, id: string): OutboxItem => {
  ctx.write((writer, now) => {
    const row = requireOutboxRow(ctx.db, id);
    if (row.status !== 'queued' && row.status !== 'failed' && row.status !== 'unknown') {
      throw refused('email_not_markable', 'Only a message not yet sent can be marked sent');
    }
    settleSent(ctx.db, writer, row, row.status === 'unknown' ? 'smtp' : 'mail_app', now, ctx.actorId());
  });
  return getOutboxItem(ctx, id);
};
