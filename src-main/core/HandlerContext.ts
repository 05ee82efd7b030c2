import type { AppInfo } from '@shared/contract/schemas/app';
import type { PushEvent } from '@shared/contract/pushEvents';
import type { ChangeWriter } from './changes/ChangeWriter';
import type { Clock } from './Clock';
import type { Db } from './db/Db';
import type { LongWrite, StepWrite } from './createLongWrite';
import type { HubControl } from './hub/createHubControl';
import type { SmtpPassword } from './modules/email/SmtpPassword';
import type { ReportFolderPolicy } from './modules/reportSchedule/ReportFolderPolicy';
import type { SyncFolderPolicy } from './modules/syncFolder/SyncFolderPolicy';

export type Platform = AppInfo['platform'];

/** What a handler gets besides its validated input. */
export type HandlerContext = {
  db: Db;
  clock: Clock;
  deviceId: string;
  platform: Platform;
  appVersion: string;
  /** Where this host lets the scheduled weekly report go (fixed, chosen in main's dialog, or the default). */
  reportFolder: ReportFolderPolicy;
  /** Where this host lets the shared sync folder be (fixed by the browser host, chosen in main's dialog, or none). */
  syncFolder: SyncFolderPolicy;
  /** The user acting on this device (settings `user.currentId`), recorded as actor and "by". */
  actorId(): string | null;
  /** Runs `work` in one transaction with the change-log write path; tables it touches are invalidated. */
  write<T>(work: (writer: ChangeWriter, now: number) => T): T;
  /**
   * Like `write`, but for work too long for one synchronous call (an import): one hand-opened
   * transaction whose work awaits `step()` between rows, so other calls are answered meanwhile.
   * Run it inside `longWrite.run`, which refuses other writes until it is done.
   */
  writeInSteps: StepWrite;
  /** The one long write of this backend (an import): its cancel flag and whether it runs. */
  longWrite: LongWrite;
  emit(event: PushEvent): void;
  /** This host's SMTP password (never in the database) and a nudge for the outbox's sender. */
  mail: { password: SmtpPassword; kick(): void };
  /**
   * After a restore replaced the file's contents: re-reads the device id (a restored copy takes a
   * new one), restarts the HLC after the file's newest stamp and re-reads the current user.
   */
  reloadIdentity(): void;
  /** The team hub of this backend: Settings → Sync connects, syncs and administers through it. */
  readonly hub: HubControl;
};
