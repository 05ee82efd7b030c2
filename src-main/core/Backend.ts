import type { PushEvent } from '@shared/contract/pushEvents';
import type { HubStatusView } from '@shared/contract/schemas/hub';
import type { ReportSchedule } from '@shared/contract/schemas/reportSchedule';
import type { SmtpState } from '@shared/contract/schemas/email';
import type { SyncFolderStatus } from '@shared/contract/schemas/syncFolder';
import type { Dispatch } from './createRouter';
import type { Db } from './db/Db';
import type { MigrationReport } from './db/migrateDatabase';
import type { HandlerContext } from './HandlerContext';
import type { HubControl } from './hub/createHubControl';
import type { SendReport } from './modules/email/sendOutbox';

/** The core as a host holds it: the contract's dispatch, its events, and what only hosts may do. */
export type Backend = {
  dispatch: Dispatch;
  events: { subscribe(listener: (event: PushEvent) => void): () => void };
  db: Db;
  migration: MigrationReport;
  /** Stops background work (the daily backup) and waits for what is running; call before close. */
  stopBackgroundWork(): Promise<void>;
  /**
   * Work a host does in the core itself rather than through the contract (the CLI importing a
   * file by its path): a handler context, then `data.changed` for what it committed.
   */
  runLocal<T>(work: (ctx: HandlerContext) => Promise<T>): Promise<T>;
  /**
   * The desktop's folder dialog chose where scheduled reports go (null: back to the default). Only
   * the host calls this — it is not a contract method, so no page can name a folder.
   */
  setReportFolder(folder: string | null): Promise<ReportSchedule>;
  /**
   * One pass of the outbox now (the schedule runs the same): what this device has due goes out over
   * SMTP. Outside the write queue: a slow server never holds up the user's writes.
   */
  sendOutbox(): Promise<SendReport>;
  /**
   * The desktop stored a new SMTP password with the keychain (null: forgot it). Host-only, never a
   * contract method: no page hands the backend a password to keep. Refused where the password
   * comes from the environment.
   */
  setSmtpPassword(password: string | null): Promise<SmtpState>;
  /**
   * The desktop stored the hub password with the keychain (null: forgot it). Host-only, like
   * setSmtpPassword: the status of the hub after.
   */
  setHubPassword(password: string | null): Promise<HubStatusView>;
  /** The desktop's folder dialog chose the shared sync folder (null: none). Host-only, like setReportFolder. */
  setSyncFolder(folder: string | null): Promise<SyncFolderStatus>;
  /** The team hub: the one the host fixed (`hubSync`) or the one connected in Settings → Sync. */
  hub: HubControl;
  /**
   * Resolves once the search has caught up with the records a long write left for after its
   * commit (at once when none wait, or when the backend stops).
   */
  searchCaughtUp(): Promise<void>;
  close(): void;
};
