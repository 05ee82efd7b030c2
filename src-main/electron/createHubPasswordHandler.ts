import type { Envelope } from '@shared/contract/envelope';
import { type HubStatusView, hubStatusSchema } from '@shared/contract/schemas/hub';
import { z } from 'zod';
import type { RpcSenderEvent } from './createRpcHandler';
import type { Keychain, PasswordFile } from './createSmtpPasswordHandler';
import { isTrustedSender } from './isTrustedSender';
import { senderUrl } from './senderUrl';

/** What the handler needs of the worker: the host-only call that swaps the hub password. */
export type HubPasswordTarget = { setHubPassword(password: string | null): Promise<Envelope<unknown>> };

const passwordSchema = z.string().min(1).max(1000).nullable();

const failure = (code: 'FORBIDDEN' | 'BAD_INPUT' | 'TRANSPORT', message: string): Envelope<HubStatusView> => ({
  ok: false,
  error: { code, message },
});

/**
 * The `voronka:hub-password` handler (Settings → Sync, desktop only), as the SMTP password's: the
 * page sends the password it connected with (null: forget it); main encrypts it with the OS
 * keychain into a file of this machine and hands the plain text to the worker, which keeps it in
 * memory. Never in the database; refused where the OS offers no keychain (no plain-text fallback).
 */
export const createHubPasswordHandler =
  (target: Promise<HubPasswordTarget>, keychain: Keychain, file: PasswordFile) =>
  async (event: RpcSenderEvent, input: unknown): Promise<Envelope<HubStatusView>> => {
    if (!isTrustedSender(senderUrl(event))) return failure('FORBIDDEN', 'This page may not call Voronka.');
    const password = passwordSchema.safeParse(input);
    if (!password.success) return failure('BAD_INPUT', 'Invalid password');
    if (password.data !== null && !keychain.isEncryptionAvailable()) {
      return failure('FORBIDDEN', 'This system offers no keychain to keep the password in.');
    }
    file.write(password.data === null ? null : keychain.encryptString(password.data));
    let stored: Envelope<unknown>;
    try {
      stored = await (await target).setHubPassword(password.data);
    } catch (error) {
      return failure('TRANSPORT', error instanceof Error ? error.message : String(error));
    }
    if (!stored.ok) return stored;
    return { ok: true, value: hubStatusSchema.parse(stored.value) };
  };
