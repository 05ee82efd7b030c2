import { resolve } from 'node:path';
import { changeDatabaseEncryption } from '../../core/db/encryption/changeDatabaseEncryption';
import { DATABASE_KEY_VARIABLE, databaseKeyFromEnv } from '../../core/db/encryption/databaseKeyFromEnv';
import { type CliCommand, type CliIo, processIo } from '../CliCommand';
import { parseCommandArgs } from '../parseCommandArgs';
import { UsageError } from '../UsageError';

const NEW_KEY_VARIABLE = 'VORONKA_NEW_DB_KEY';

const USAGE = `Usage: voronka encrypt --db PATH
       voronka encrypt --db PATH --off

Encrypts a workspace file at rest (SQLCipher 4 format), changes its passphrase, or with --off
decrypts it. Close Voronka first. The file is copied, rewritten under the new key and fully
checked under a temporary name, then renamed over the original in one step; the backups beside
it are rewritten the same way (no plain copy stays behind) and a checked backup is taken.
Passphrases come from the environment, never from the command line (at a terminal, a missing
one is asked for without echo):

  ${DATABASE_KEY_VARIABLE}      the current passphrase (unset for a plain file)
  ${NEW_KEY_VARIABLE}  the new passphrase (not with --off)

  --db PATH   the database file (it must exist)
  --off       decrypt: the file becomes a plain SQLite file again

Afterwards every command and the browser host read ${DATABASE_KEY_VARIABLE}.
Exit codes: 0 done, 1 refused (wrong passphrase, file in use), 2 bad options.`;

/** At a terminal without VORONKA_NEW_DB_KEY: the new passphrase, typed twice without echo. */
const askNewKey = async (io: CliIo): Promise<string | null> => {
  if (!io.askSecret) return null;
  const first = await io.askSecret('New passphrase: ');
  if (!first) return null;
  if ((await io.askSecret('Repeat the new passphrase: ')) !== first) throw new UsageError('The passphrases differ');
  return first;
};

export const encryptCommand: CliCommand = {
  name: 'encrypt',
  summary: 'Encrypt a database at rest, change its passphrase, or decrypt it (--off)',
  usage: USAGE,
  async run(args: string[], io: CliIo = processIo): Promise<number> {
    const { values } = parseCommandArgs(args, { db: { type: 'string' }, off: { type: 'boolean' } });
    if (values.db === undefined) throw new UsageError('Missing --db PATH');
    const from = databaseKeyFromEnv();
    const to =
      values.off === true
        ? null
        : (databaseKeyFromEnv({ [DATABASE_KEY_VARIABLE]: process.env[NEW_KEY_VARIABLE] }) ?? (await askNewKey(io)));
    if (values.off === true && from === null)
      throw new UsageError(`--off needs the passphrase in ${DATABASE_KEY_VARIABLE}`);
    if (values.off !== true && to === null) throw new UsageError(`Put the new passphrase in ${NEW_KEY_VARIABLE}`);
    const dbPath = resolve(values.db);
    const result = await changeDatabaseEncryption(dbPath, { from, to }, Date.now());
    const done = to === null ? 'Decrypted' : from === null ? 'Encrypted' : 'Changed the passphrase of';
    io.out(
      `${done} ${dbPath}; ${result.rewritten.length} earlier backups rewritten; checked backup ${result.backup.name}.\n`,
    );
    return 0;
  },
};
