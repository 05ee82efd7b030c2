/** Where the command line and the browser host take an encrypted workspace's passphrase from. */
export const DATABASE_KEY_VARIABLE = 'VORONKA_DB_KEY';

/**
 * The passphrase of an encrypted workspace from the environment, never from an argument (a
 * command line shows in `ps` and the shell's history). Null when unset: a plain file.
 */
export const databaseKeyFromEnv = (env: Record<string, string | undefined> = process.env): string | null => {
  const value = env[DATABASE_KEY_VARIABLE];
  return value === undefined || value === '' ? null : value;
};
