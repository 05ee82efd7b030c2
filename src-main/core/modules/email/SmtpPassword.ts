/**
 * Where this host keeps the SMTP password: never in the database. The desktop keeps it encrypted
 * by the OS keychain (Electron's safeStorage, in main) and hands the plain text to the backend; the
 * browser host and the CLI, which have no keychain, read it from VORONKA_SMTP_PASSWORD.
 */
export type SmtpPassword = {
  readonly source: 'keychain' | 'env' | 'none';
  /** A password typed in the settings can be kept (the desktop); otherwise only the environment sets it. */
  readonly canStore: boolean;
  read(): string | null;
  /** A new password typed in (the desktop, after main stored it with the keychain); absent where it cannot be kept. */
  set?(value: string | null): void;
};

export const SMTP_PASSWORD_ENV = 'VORONKA_SMTP_PASSWORD';

/** The browser host's and the CLI's: the environment's variable, read at each send (never copied to disk). */
export const envSmtpPassword = (env: NodeJS.ProcessEnv): SmtpPassword => ({
  source: env[SMTP_PASSWORD_ENV] ? 'env' : 'none',
  canStore: false,
  read: () => env[SMTP_PASSWORD_ENV] || null,
});

/** The desktop's: main decrypted it with the keychain and replaces it when the user types a new one. */
export const keychainSmtpPassword = (initial: string | null): SmtpPassword => {
  let value = initial;
  return {
    source: 'keychain',
    canStore: true,
    read: () => value,
    set: (next) => {
      value = next;
    },
  };
};
