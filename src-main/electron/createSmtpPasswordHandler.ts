import type { Envelope } from '@shared/contract/envelope';
import { smtpStateSchema } from '@shared/contract/schemas/email';
import { createKeptPasswordHandler, type Keychain, type PasswordFile } from './createKeptPasswordHandler';

/** What the handler needs of the worker: the host-only call that swaps the password it sends with. */
export type SmtpPasswordTarget = { setSmtpPassword(password: string | null): Promise<Envelope<unknown>> };

/**
 * The `voronka:smtp-password` handler (Settings → E-mail, desktop only): the password kept by the
 * OS keychain in a file of this machine, handed to the worker in plain text (createKeptPasswordHandler).
 */
export const createSmtpPasswordHandler = (
  target: Promise<SmtpPasswordTarget>,
  keychain: Keychain,
  file: PasswordFile,
) =>
  createKeptPasswordHandler(
    async (password) => (await target).setSmtpPassword(password),
    smtpStateSchema,
    keychain,
    file,
  );
