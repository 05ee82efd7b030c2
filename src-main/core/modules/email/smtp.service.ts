import type { SmtpSettings, SmtpState } from '@shared/contract/schemas/email';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import type { SmtpSettingsTable } from '../../db/schema';
import { prepare } from '../../db/sql';
import { DomainError } from '../../DomainError';
import { SendError, sendSmtpMessage } from './sendSmtpMessage';
import type { SmtpPassword } from './SmtpPassword';

const toSettings = (row: SmtpSettingsTable): SmtpSettings => ({
  host: row.host,
  port: row.port,
  security: row.security,
  username: row.username,
  fromAddress: row.from_address,
  fromName: row.from_name,
});

/** This device's SMTP account, or null: no account, messages go through the mail app. */
export const readSmtpSettings = (db: Db): SmtpSettings | null => {
  const row = prepare(db, 'SELECT * FROM smtp_settings WHERE id = 1').get() as SmtpSettingsTable | undefined;
  return row ? toSettings(row) : null;
};

export const smtpState = (db: Db, password: SmtpPassword): SmtpState => ({
  settings: readSmtpSettings(db),
  password: { source: password.source, present: password.read() !== null, canStore: password.canStore },
});

/**
 * Device-local (not through the change log: another laptop has its own account). The row is
 * written in the write path's transaction all the same, so it commits with nothing half-done.
 */
export const setSmtpSettings = (ctx: HandlerContext, settings: SmtpSettings | null): SmtpState => {
  ctx.write((writer, now) => {
    if (settings === null) {
      prepare(ctx.db, 'DELETE FROM smtp_settings WHERE id = 1').run();
    } else {
      prepare(
        ctx.db,
        `INSERT INTO smtp_settings (id, host, port, security, username, from_address, from_name, updated_at)
         VALUES (1, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET host = excluded.host, port = excluded.port, security = excluded.security,
           username = excluded.username, from_address = excluded.from_address, from_name = excluded.from_name,
           updated_at = excluded.updated_at`,
      ).run(
        settings.host,
        settings.port,
        settings.security,
        settings.username || null,
        settings.fromAddress,
        settings.fromName || null,
        now,
      );
    }
    writer.markTouched('smtp_settings');
  });
  ctx.mail.kick();
  return smtpState(ctx.db, ctx.mail.password);
};

/** "Send test e-mail": one message now, its failure translated like an outbox row's. */
export const sendTestMessage = async (ctx: HandlerContext, to: string): Promise<{ sent: true }> => {
  const settings = readSmtpSettings(ctx.db);
  try {
    await sendSmtpMessage(settings, ctx.mail.password.read(), {
      to,
      subject: 'Voronka: test e-mail / тестовое письмо',
      body: 'SMTP works: this message was sent from Voronka.\n\nSMTP работает: это письмо отправлено из «Воронки».',
      messageId: null,
    });
  } catch (error) {
    if (!(error instanceof SendError)) throw error;
    // The UI words the reason (email.errors.send_<code>) and shows the server's own text under it.
    throw new DomainError('CONFLICT', error.message, {
      reason: `email_send_${error.failure.code}`,
      detail: error.failure.detail,
    });
  }
  return { sent: true };
};
