import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

/** What the server answers to the n-th message (from 1): accept, or an SMTP error with its code. */
export type Reply = { code: number; text: string } | 'accept';

export type TestSmtpServer = {
  port: number;
  /** Every message the server accepted ("250 OK"), parsed. */
  accepted: ParsedMail[];
  /** Every DATA the server received, accepted or not. */
  received: number;
  close(): Promise<void>;
};

type Options = {
  /** Logins the server takes; absent: no AUTH at all. */
  login?: { user: string; pass: string };
  reply?(n: number): Reply;
  /** Runs when a whole message has arrived, before the server answers (the crash test kills the sender here). */
  beforeReply?(n: number): Promise<void> | void;
};

/**
 * A real SMTP server (the `smtp-server` library) on a random local port: the core's sender talks
 * SMTP to it exactly as to a provider's, so a test sees what would reach a mailbox.
 */
export const startTestSmtpServer = async (options: Options = {}): Promise<TestSmtpServer> => {
  const accepted: ParsedMail[] = [];
  let received = 0;
  const config: SMTPServerOptions = {
    disabledCommands: options.login ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !options.login,
    logger: false,
    onAuth(auth, _session, callback) {
      const { login } = options;
      if (login && auth.username === login.user && auth.password === login.pass)
        return callback(null, { user: login.user });
      const error = Object.assign(new Error('Invalid username or password'), { responseCode: 535 });
      return callback(error);
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received += 1;
        const n = received;
        void (async () => {
          await options.beforeReply?.(n);
          const reply = options.reply?.(n) ?? 'accept';
          if (reply !== 'accept') return callback(Object.assign(new Error(reply.text), { responseCode: reply.code }));
          accepted.push(await simpleParser(Buffer.concat(chunks)));
          return callback();
        })();
      });
    },
  };
  const server = new SMTPServer(config);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    accepted,
    get received() {
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
