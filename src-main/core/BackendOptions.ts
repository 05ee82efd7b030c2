import type { Clock } from './Clock';
import type { ErrorLogOptions } from './diagnostics/createErrorLog';
import type { Platform } from './HandlerContext';
import type { HubConnection } from './hub/HubConnection';
import type { MigrationProgress } from './db/MigrationProgress';
import type { ReportWarmUpTiming } from './reports/startReportWarmUp';
import type { SmtpPassword } from './modules/email/SmtpPassword';

/** How a host opens the core: the file, the platform, and which background work runs. */
export type BackendOptions = {
  dbPath: string;
  platform: Platform;
  /** Told how far an upgrade of the file is while it opens (a log conversion takes minutes). */
  onOpenProgress?: (progress: MigrationProgress) => void;
  clock?: Clock;
  /**
   * e2e only: run on a test clock starting at this time, which `app.advanceClock` moves (a number,
   * so it crosses into the worker thread; see host/testClockFromEnv.ts for why it is safe).
   */
  testClockAt?: number;
  /** better-sqlite3 addon built for the hosting runtime (Electron), when it differs from Node's. */
  nativeBinding?: string;
  /**
   * The passphrase of an encrypted workspace (the desktop keeps it with the OS keychain; the CLI and
   * the browser host read VORONKA_DB_KEY or ask). Absent or null: a plain file.
   */
  key?: string | null;
  /** This machine and account (tests pretend to be another machine); default: host and user name. */
  machineId?: string;
  /**
   * Skip the output check of hot reads marked `trustedOutput` in the contract (the app's hosts and
   * the bench, which measures the app). Tests leave it off: there every output is checked, and a
   * trusted one must come out of the check unchanged (createRouter).
   */
  trustOutputs?: boolean;
  /**
   * The error log without personal data (`logs/voronka-errors.log` beside the file, rotated by
   * size); default: on for a file, off for `:memory:`. Tests point it elsewhere or size it down.
   */
  errorLog?: ErrorLogOptions & { path?: string; enabled?: boolean };
  /** The rolling daily backup into the backups folder (the app's hosts; not the CLI or tests). */
  autoBackup?: boolean;
  /** The automation schedule scan at start and every minute; default: with the daily backup (the app's hosts). */
  automationSchedule?: boolean;
  /** Task reminders scanned at start, every 20 s and after task writes; default: with the daily backup (the app's hosts). */
  reminderSchedule?: boolean;
  /** The weekly report's schedule checked at start and every minute; default: with the daily backup (the app's hosts). */
  reportSchedule?: boolean;
  /**
   * What the report pages open on (last week's report, last month's figures) computed and kept
   * while the app is left alone (startReportWarmUp); default: with the daily backup, for a file.
   * Tests pass their own timing.
   */
  reportWarmUp?: boolean | ReportWarmUpTiming;
  /**
   * The browser host's fixed folder for scheduled reports (`--report-dir`): shown read-only, never
   * changed from the page. Absent: the desktop's chosen folder, else `reports` beside the file.
   */
  reportDir?: string;
  /**
   * Where the SMTP password comes from: the desktop passes the keychain's; default: the environment's
   * VORONKA_SMTP_PASSWORD (the browser host, the CLI). Never the database.
   */
  smtpPassword?: SmtpPassword;
  /**
   * The desktop's: the password main decrypted with the OS keychain (null: none stored yet). Plain
   * data, so it crosses into the worker thread; `setSmtpPassword` replaces it later.
   */
  keychainSmtpPassword?: string | null;
  /** The outbox's sender at start, every 30 s and when a message is queued; default: with the daily backup (the app's hosts). */
  mailSchedule?: boolean;
  /** The shared folder's timer and watch (exchanges while switched on); default: with the daily backup (the app's hosts). */
  syncFolderSchedule?: boolean;
  /**
   * The desktop's hub password, decrypted by main with the OS keychain (never in the database);
   * `setHubPassword` replaces it. Absent: the one typed in Settings is held in memory only.
   */
  keychainHubPassword?: string | null;
  /** The hub connected in Settings → Sync syncs in the background from the start; default: with the daily backup (the app's hosts). */
  hubSchedule?: boolean;
  /**
   * The browser host's fixed shared sync folder (`--sync-dir`): shown read-only, never changed from
   * the page. Absent: the desktop's chosen folder, else none.
   */
  syncDir?: string;
  /**
   * A team hub fixed by the host (DESIGN §7): the browser host reads VORONKA_HUB_URL and
   * VORONKA_HUB_PASSWORD. Absent: the hub connected in Settings → Sync, if any.
   */
  hubSync?: HubConnection & {
    intervalMs?: number;
    changeDelayMs?: number;
    /** One line on stderr per change of state (the browser host has no sync status screen yet). */
    logStatus?: boolean;
  };
};
