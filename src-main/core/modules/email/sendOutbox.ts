import type { HandlerContext } from '../../HandlerContext';
import type { EmailOutboxTable } from '../../db/schema';
import { prepare } from '../../db/sql';
import { findOutboxRow, messageIdOf, settleSent } from './outbox.service';
import { type OutgoingMessage, SendError, sendSmtpMessage } from './sendSmtpMessage';
import { readSmtpSettings } from './smtp.service';

/**
 * How long a claimed send may take before its outcome counts as unknown: well past nodemailer's
 * own timeouts (10 s to connect, 30 s of silence), so a live send is never declared lost.
 */
export const CLAIM_MS = 5 * 60_000;
/** Waits before each retry of a transient failure; after the last the message fails ("gave up"). */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000, 4 * 60 * 60_000] as const;
/** Messages one pass sends at most: the rest go in the next pass, seconds later. */
const BATCH = 20;

export type SendReport = { sent: number; retrying: number; failed: number; unknown: number };

export type SendDeps = { send(message: OutgoingMessage): Promise<void> };

const DUE = `SELECT * FROM email_outbox
  WHERE sender_device = ? AND status = 'queued' AND deleted_at IS NULL AND coalesce(next_attempt_at, 0) <= ?
  ORDER BY created_at, id LIMIT ${BATCH}`;
const STALE = `SELECT * FROM email_outbox
  WHERE sender_device = ? AND status = 'sending' AND deleted_at IS NULL AND coalesce(claimed_until, 0) < ?`;

/**
 * Claims this device's due messages in one committed write (`sending`, with a deadline), before
 * any network call. A `sending` row past its deadline is a send whose outcome was never recorded —
 * the process died between the server accepting it and the commit — so it becomes `unknown`
 * ("check your Sent folder"), never sent again blindly.
 */
const claimDue = (ctx: HandlerContext): { claimed: EmailOutboxTable[]; unknown: number } =>
  ctx.write((writer, now) => {
    const stale = prepare(ctx.db, STALE).all(ctx.deviceId, now) as EmailOutboxTable[];
    for (const row of stale) {
      writer.update(
        'email_outbox',
        row.id,
        { status: 'unknown', claimed_until: null, error_code: 'unknown_outcome', error_detail: null, updated_at: now },
        row,
      );
    }
    const due = prepare(ctx.db, DUE).all(ctx.deviceId, now) as EmailOutboxTable[];
    for (const row of due) {
      writer.update(
        'email_outbox',
        row.id,
        { status: 'sending', claimed_until: now + CLAIM_MS, attempts: row.attempts + 1, updated_at: now },
        row,
      );
    }
    return { claimed: due.map((row) => ({ ...row, attempts: row.attempts + 1 })), unknown: stale.length };
  });

type Outcome = 'sent' | 'retrying' | 'failed';

/** Records one send's outcome, if the row is still this device's claim (a sync may have moved it on). */
const settle = (ctx: HandlerContext, id: string, error: unknown): Outcome | null =>
  ctx.write((writer, now) => {
    const row = findOutboxRow(ctx.db, id);
    if (!row || row.status !== 'sending' || row.sender_device !== ctx.deviceId) return null;
    if (error === null) {
      settleSent(ctx.db, writer, row, 'smtp', now, null);
      return 'sent';
    }
    const failure =
      error instanceof SendError
        ? error.failure
        : { kind: 'transient' as const, code: 'unreachable' as const, detail: String(error) };
    const delay = RETRY_DELAYS_MS[row.attempts - 1];
    if (failure.kind === 'transient' && delay !== undefined) {
      writer.update(
        'email_outbox',
        id,
        {
          status: 'queued',
          next_attempt_at: now + delay,
          claimed_until: null,
          error_code: failure.code,
          error_detail: failure.detail,
          updated_at: now,
        },
        row,
      );
      return 'retrying';
    }
    const code = failure.kind === 'transient' ? 'gave_up' : failure.code;
    writer.update(
      'email_outbox',
      id,
      {
        status: 'failed',
        next_attempt_at: null,
        claimed_until: null,
        error_code: code,
        error_detail: failure.detail,
        updated_at: now,
      },
      row,
    );
    return 'failed';
  });

/**
 * One pass of the outbox on this device: claim what is due, send each over SMTP, record each
 * outcome (sent → the deal's e-mail activity; 4xx or network → again later with backoff; 5xx or a
 * refused login → failed with the server's reason). With no SMTP account nothing is claimed: those
 * messages wait for the mail app.
 */
export const sendOutbox = async (ctx: HandlerContext, deps: SendDeps): Promise<SendReport> => {
  const report: SendReport = { sent: 0, retrying: 0, failed: 0, unknown: 0 };
  if (readSmtpSettings(ctx.db) === null) return report;
  const { claimed, unknown } = claimDue(ctx);
  report.unknown = unknown;
  for (const row of claimed) {
    let error: unknown = null;
    try {
      await deps.send({ to: row.to_address, subject: row.subject, body: row.body, messageId: messageIdOf(row.id) });
    } catch (caught) {
      error = caught;
    }
    const outcome = settle(ctx, row.id, error);
    if (outcome !== null) report[outcome] += 1;
  }
  return report;
};

/** The real sender: this device's account and the host's password, read at each send. */
export const smtpSendDeps = (ctx: HandlerContext): SendDeps => ({
  send: (message) => sendSmtpMessage(readSmtpSettings(ctx.db), ctx.mail.password.read(), message),
});
