import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATABASE_KEY_VARIABLE, databaseKeyFromEnv } from '../core/db/encryption/databaseKeyFromEnv';
import { openDatabase } from '../core/db/openDatabase';
import type { CliIo } from './CliCommand';

/** The `--db PATH` (or `--db=PATH`) of a command line, if it has one. */
const dbPathOf = (args: readonly string[]): string | null => {
  for (const [index, arg] of args.entries()) {
    if (arg === '--db') return args[index + 1] ?? null;
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return null;
};

/** Whether the file is an encrypted database that cannot be read without a key. */
const needsKey = (path: string): boolean => {
  try {
    openDatabase(path, { readonly: true }).sqlite.close();
    return false;
  } catch (error) {
    const { code, params } = error as { code?: unknown; params?: { reason?: unknown } };
    return code === 'DB_ENCRYPTED' && params?.reason === 'key_required';
  }
};

/**
 * A command on an encrypted workspace run at a terminal without VORONKA_DB_KEY: asks for the
 * passphrase without echo and gives it to this process only (never an argument: a command line
 * shows in `ps` and the shell's history). Not at a terminal (a script) nothing is asked, and the
 * command refuses as before.
 */
export const supplyDatabaseKey = async (args: readonly string[], io: CliIo): Promise<void> => {
  if (databaseKeyFromEnv() !== null || !io.askSecret) return;
  const given = dbPathOf(args);
  if (given === null) return;
  const path = resolve(given);
  if (!existsSync(path) || !needsKey(path)) return;
  const key = await io.askSecret(`Passphrase for ${path}: `);
  if (key) process.env[DATABASE_KEY_VARIABLE] = key;
};
