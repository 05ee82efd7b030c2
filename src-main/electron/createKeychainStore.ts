import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { KeyKeeper } from '../worker/createWorkspaceSwitch';

/** The part of Electron's safeStorage the keychain uses (tests pass a stand-in). */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring, the "encryption" a hard-coded password. */
  getSelectedStorageBackend?(): string;
};

export type KeychainStore = KeyKeeper & {
  /** The kept key, or null when none is kept, the keychain is unavailable or it cannot decrypt it. */
  read(): string | null;
};

/** The device-local file beside the database that holds its key, encrypted by the OS keychain. */
export const keyFilePathFor = (dbPath: string): string => `${dbPath}.key`;

/**
 * The desktop's keychain: the workspace's key encrypted with Electron safeStorage (the OS keychain:
 * Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux) in `voronka.sqlite.key`
 * beside the database, readable by its owner only and written atomically (a crash leaves the old
 * file or the new one). Linux without a keyring falls back to a fixed password ('basic_text'): that
 * protects nothing, so it counts as unavailable and the passphrase is asked instead.
 */
export const createKeychainStore = (
  dbPath: string,
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform = process.platform,
): KeychainStore => {
  const path = keyFilePathFor(dbPath);
  const available = (): boolean => {
    if (!safeStorage.isEncryptionAvailable()) return false;
    return !(platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text');
  };
  return {
    keychain: () => (available() ? 'available' : 'unavailable'),
    kept: () => existsSync(path),
    read() {
      if (!existsSync(path) || !available()) return null;
      try {
        return safeStorage.decryptString(readFileSync(path));
      } catch {
        // Another user's or another machine's keychain: the passphrase is asked instead.
        return null;
      }
    },
    keep(key) {
      if (!available()) throw new Error('The OS keychain is not available');
      const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        writeFileSync(temporary, safeStorage.encryptString(key), { mode: 0o600 });
        renameSync(temporary, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
    },
    forget: () => rmSync(path, { force: true }),
  };
};
