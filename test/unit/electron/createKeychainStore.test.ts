import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createKeychainStore,
  keyFilePathFor,
  type SafeStorageLike,
} from '../../../src-main/electron/createKeychainStore';

/** safeStorage as the OS keychain would do it: reversible only by this stand-in (a reversed, marked string). */
const keychain = (backend = 'gnome_libsecret', available = true): SafeStorageLike => ({
  isEncryptionAvailable: () => available,
  encryptString: (text) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
  decryptString: (sealed) => {
    const text = sealed.toString();
    if (!text.startsWith('sealed:'))
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return [...text.slice(7)].reverse().join('');
  },
  getSelectedStorageBackend: () => backend,
});

describe('createKeychainStore (the desktop keeps the key with the OS keychain)', () => {
  let dir: string;
  let dbPath: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'voronka-keychain-'));
    dbPath = join(dir, 'voronka.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the key sealed by the keychain beside the database, owner-only, and reads it back', () => {
    const store = createKeychainStore(dbPath, keychain(), 'linux');
    expect(store.keychain()).toBe('available');
    expect(store.kept()).toBe(false);
    expect(store.read()).toBeNull();
    store.keep('correct horse battery');
    expect(keyFilePathFor(dbPath)).toBe(`${dbPath}.key`);
    const bytes = readFileSync(`${dbPath}.key`);
    expect(bytes.toString()).not.toContain('correct horse battery');
    if (process.platform !== 'win32') expect(statSync(`${dbPath}.key`).mode & 0o777).toBe(0o600);
    expect(store.kept()).toBe(true);
    expect(store.read()).toBe('correct horse battery');
    // Written atomically: no temporary file is left beside it.
    expect(readdirSync(dir)).toEqual(['voronka.sqlite.key']);
    store.keep('another passphrase');
    expect(store.read()).toBe('another passphrase');
    store.forget();
    expect(store.kept()).toBe(false);
    expect(store.read()).toBeNull();
  });

  it('counts Linux without a keyring (basic_text) and no encryption at all as unavailable, and refuses to keep', () => {
    for (const store of [
      createKeychainStore(dbPath, keychain('basic_text'), 'linux'),
      createKeychainStore(dbPath, keychain('gnome_libsecret', false), 'darwin'),
    ]) {
      expect(store.keychain()).toBe('unavailable');
      expect(() => store.keep('correct horse battery')).toThrow(/keychain/);
      expect(readdirSync(dir)).toEqual([]);
    }
    // basic_text is a Linux backend name only; elsewhere availability decides.
    expect(createKeychainStore(dbPath, keychain('basic_text'), 'darwin').keychain()).toBe('available');
  });

  it('reads nothing from a key file that this keychain cannot open', () => {
    writeFileSync(`${dbPath}.key`, 'sealed by another machine');
    expect(createKeychainStore(dbPath, keychain(), 'linux').read()).toBeNull();
  });
});
