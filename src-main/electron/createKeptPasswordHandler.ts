import type { Envelope } from '@shared/contract/envelope';
import { z } from 'zod';
import type { RpcSenderEvent } from './createRpcHandler';
import { isTrustedSender } from './isTrustedSender';
import { senderUrl } from './senderUrl';

/** Electron's safeStorage, as far as this needs it (the OS keychain: Keychain, DPAPI, libsecret). */
export type Keychain = {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
};

/** Where the encrypted password lives on this machine (beside the workspace, never inside it). */
export type PasswordFile = { read(): Buffer | null; write(data: Buffer | null): void };

const passwordSchema = z.string().min(1).max(1000).nullable();

const failure = (code: 'FORBIDDEN' | 'BAD_INPUT' | 'TRANSPORT', message: string): Envelope<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * A password the desktop keeps (SMTP, the team hub) at start: decrypted from its file by the keychain, or null (none
 * stored, or a keychain that cannot decrypt it — the user types it again).
 */
export const readKeptPassword = (file: PasswordFile, keychain: Keychain): string | null => {
  const data = file.read();
  if (data === null || !keychain.isEncryptionAvailable()) return null;
  try {
    return keychain.decryptString(data);
  } catch {
    return null;
  }
};

/**
 * A handler for a password main keeps for the worker (SMTP, the team hub; desktop only): the page
 * sends the typed password (null: forget it); main encrypts it with the OS keychain into a file of
 * this machine and hands the plain text to the worker (`store`), which keeps it in memory only and
 * answers its new state (`output` checks it). Never in the database, and refused outright where
 * the OS offers no keychain (no plain-text fallback).
 */
export const createKeptPasswordHandler =
  <T>(
    store: (password: string | null) => Promise<Envelope<unknown>>,
    output: z.ZodType<T>,
    keychain: Keychain,
    file: PasswordFile,
  ) =>
  async (event: RpcSenderEvent, input: unknown): Promise<Envelope<T>> => {
    if (!isTrustedSender(senderUrl(event))) return failure('FORBIDDEN', 'This page may not call Voronka.');
    const password = passwordSchema.safeParse(input);
    if (!password.success) return failure('BAD_INPUT', 'Invalid password');
    if (password.data !== null && !keychain.isEncryptionAvailable()) {
      return failure('FORBIDDEN', 'This system offers no keychain to keep the password in.');
    }
    file.write(password.data === null ? null : keychain.encryptString(password.data));
    let stored: Envelope<unknown>;
    try {
      stored = await store(password.data);
    } catch (error) {
      return failure('TRANSPORT', error instanceof Error ? error.message : String(error));
    }
    if (!stored.ok) return stored;
    return { ok: true, value: output.parse(stored.value) };
  };
