import Database from 'better-sqlite3';
import { describe } from 'vitest';
import { cipherOf } from '../../src-main/core/db/encryption/applyDatabaseKey';

const probe = new Database(':memory:');
const cipherAvailable = cipherOf(probe) !== null;
probe.close();

/**
 * `describe` for encryption tests. CI installs with `npm ci`, whose better-sqlite3 is the
 * multiple-ciphers build: there they always run (and fail if encryption breaks). A work tree whose
 * node_modules still hold plain better-sqlite3 (copied before the switch) skips them instead of
 * failing for a reason that is not the code's.
 */
export const describeWithCipher: typeof describe.skip =
  cipherAvailable || process.env.CI ? describe : describe.skip;
