import { describe, expect, it, vi } from 'vitest';
import {
  type Keychain,
  type PasswordFile,
  readKeptPassword,
} from '../../../src-main/electron/createKeptPasswordHandler';
import { createSmtpPasswordHandler } from '../../../src-main/electron/createSmtpPasswordHandler';

const APP = { senderFrame: { url: 'app://voronka/index.html' } };
const STATE = { settings: null, password: { source: 'keychain', present: true, canStore: true } };

/** A keychain that "encrypts" by reversing and tagging, so the test sees the file is not the plain text. */
const keychain = (available = true): Keychain => ({
  isEncryptionAvailable: () => available,
  encryptString: (text) => Buffer.from(`enc:${[...text].reverse().join('')}`),
  decryptString: (data) => {
    const text = data.toString();
    if (!text.startsWith('enc:')) throw new Error('not ours');
    return [...text.slice(4)].reverse().join('');
  },
});

const memoryFile = (): PasswordFile & { data: Buffer | null } => {
  const file = {
    data: null as Buffer | null,
    read: () => file.data,
    write: (data: Buffer | null) => {
      file.data = data;
    },
  };
  return file;
};

describe('the desktop SMTP password (OS keychain)', () => {
  it('keeps the password encrypted in its file, hands the plain text to the worker, reads it back at start', async () => {
    const file = memoryFile();
    const target = { setSmtpPassword: vi.fn(async () => ({ ok: true as const, value: STATE })) };
    const handle = createSmtpPasswordHandler(Promise.resolve(target), keychain(), file);
    expect(await handle(APP, 'app-password')).toEqual({ ok: true, value: STATE });
    expect(target.setSmtpPassword).toHaveBeenCalledWith('app-password');
    expect(file.data?.toString()).not.toContain('app-password');
    expect(readKeptPassword(file, keychain())).toBe('app-password');

    await handle(APP, null);
    expect(file.data).toBeNull();
    expect(target.setSmtpPassword).toHaveBeenLastCalledWith(null);
    expect(readKeptPassword(file, keychain())).toBeNull();
  });

  it('refuses a foreign page, bad input and a system without a keychain (no plain-text fallback)', async () => {
    const file = memoryFile();
    const target = { setSmtpPassword: vi.fn() };
    const handle = createSmtpPasswordHandler(Promise.resolve(target), keychain(false), file);
    expect(await handle({ senderFrame: { url: 'https://evil.test/' } }, 'x')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await handle(APP, 42)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await handle(APP, 'secret')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(file.data).toBeNull();
    expect(target.setSmtpPassword).not.toHaveBeenCalled();
  });

  it('starts with no password when the file cannot be decrypted (another account’s keychain)', () => {
    const file = memoryFile();
    file.write(Buffer.from('garbage'));
    expect(readKeptPassword(file, keychain())).toBeNull();
  });
});
