import { describe, expect, it, vi } from 'vitest';
import { createHubPasswordHandler } from '../../../src-main/electron/createHubPasswordHandler';
import {
  type Keychain,
  type PasswordFile,
  readKeptPassword,
} from '../../../src-main/electron/createKeptPasswordHandler';

const APP = { senderFrame: { url: 'app://voronka/index.html' } };
const STATUS = {
  url: 'postgres://ivan@db/voronka',
  login: 'ivan',
  source: 'settings',
  passwordSource: 'keychain',
  state: 'idle',
  connectedAt: 1,
  lastSyncAt: null,
  nextAttemptAt: null,
  lastError: null,
  progress: null,
  last: null,
  identity: null,
  waitingOut: 0,
  rejected: 0,
  encryptedWorkspace: false,
};

const keychain = (available = true): Keychain => ({
  isEncryptionAvailable: () => available,
  encryptString: (text) => Buffer.from(`enc:${[...text].reverse().join('')}`),
  decryptString: (data) => [...data.toString().slice(4)].reverse().join(''),
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

describe('the desktop hub password (OS keychain)', () => {
  it('keeps it encrypted in its file, hands the plain text to the worker, forgets it on null', async () => {
    const file = memoryFile();
    const target = { setHubPassword: vi.fn(async () => ({ ok: true as const, value: STATUS })) };
    const handle = createHubPasswordHandler(Promise.resolve(target), keychain(), file);
    expect(await handle(APP, 'ivan-secret')).toEqual({ ok: true, value: STATUS });
    expect(target.setHubPassword).toHaveBeenCalledWith('ivan-secret');
    expect(file.data?.toString()).not.toContain('ivan-secret');
    expect(readKeptPassword(file, keychain())).toBe('ivan-secret');
    await handle(APP, null);
    expect(file.data).toBeNull();
    expect(target.setHubPassword).toHaveBeenLastCalledWith(null);
  });

  it('refuses a foreign page, bad input and a system without a keychain', async () => {
    const file = memoryFile();
    const target = { setHubPassword: vi.fn() };
    const handle = createHubPasswordHandler(Promise.resolve(target), keychain(false), file);
    expect(await handle({ senderFrame: { url: 'https://evil.test/' } }, 'x')).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(await handle(APP, 42)).toMatchObject({ error: { code: 'BAD_INPUT' } });
    expect(await handle(APP, 'secret')).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(file.data).toBeNull();
    expect(target.setHubPassword).not.toHaveBeenCalled();
  });
});
