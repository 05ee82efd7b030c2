import type { SmtpSettings } from '@shared/contract/schemas/email';

export type OutgoingMessage = {
  to: string;
  subject: string;
  body: string;
  /** Derived from the outbox row, so a copy that does go out twice is one message to the recipient's mail system. */
  messageId: string | null;
};

/** Why a send did not go: `transient` is tried again later, `permanent` fails the row. */
export type SendFailure = {
  kind: 'transient' | 'permanent';
  code: 'rejected' | 'auth' | 'unreachable' | 'no_settings';
  /** The server's own words (or the network error), shown under the translated reason. */
  detail: string | null;
};

export class SendError extends Error {
  readonly failure: SendFailure;
  constructor(failure: SendFailure) {
    super(failure.detail ?? failure.code);
    this.name = 'SendError';
    this.failure = failure;
  }
}

/** Network waits: a dead server fails the attempt in seconds, and the outbox tries again later. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

type SmtpErrorShape = { code?: unknown; responseCode?: unknown; response?: unknown; message?: unknown };

/**
 * Sorts a nodemailer error: a 5xx reply is the server's final "no" (a bad address, a refused
 * sender) and 535/EAUTH a wrong login — both fail the message; 4xx replies ("try later") and
 * network trouble are transient.
 */
export const classifySmtpError = (error: unknown): SendFailure => {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as SmtpErrorShape;
  const detail =
    typeof shape.response === 'string' ? shape.response : typeof shape.message === 'string' ? shape.message : null;
  const status = typeof shape.responseCode === 'number' ? shape.responseCode : null;
  if (shape.code === 'EAUTH' || status === 535 || status === 534) return { kind: 'permanent', code: 'auth', detail };
  if (status !== null && status >= 500) return { kind: 'permanent', code: 'rejected', detail };
  return { kind: 'transient', code: 'unreachable', detail };
};

/**
 * One message over SMTP with this device's account. Plain text only (templates are text), so no
 * HTML is built and nothing needs escaping. Resolves when the server accepted it ("250 OK").
 */
export const sendSmtpMessage = async (
  settings: SmtpSettings | null,
  password: string | null,
  message: OutgoingMessage,
): Promise<void> => {
  if (settings === null) throw new SendError({ kind: 'permanent', code: 'no_settings', detail: null });
  // Loaded with the first message sent, not at every start (~15 MB).
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    // "none" is for a relay on the local network: never try an upgrade it may not offer properly.
    ignoreTLS: settings.security === 'none',
    ...(settings.username ? { auth: { user: settings.username, pass: password ?? '' } } : {}),
    ...TIMEOUTS,
  });
  try {
    await transport.sendMail({
      from: settings.fromName ? { name: settings.fromName, address: settings.fromAddress } : settings.fromAddress,
      to: message.to,
      subject: message.subject,
      text: message.body,
      ...(message.messageId ? { messageId: message.messageId } : {}),
    });
  } catch (error) {
    throw new SendError(classifySmtpError(error));
  } finally {
    transport.close();
  }
};
