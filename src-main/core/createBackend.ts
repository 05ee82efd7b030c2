import type { ConflictReason } from '@shared/contract/conflictReasons';
import type { PushEvent } from '@shared/contract/pushEvents';
import { DomainError } from './DomainError';
import type { TableName } from '@shared/contract/tableNames';
import { systemClock } from './Clock';
import { createTestClock } from './TestClock';
import { createChangeWriter } from './changes/ChangeWriter';
import { createFloorHlcClock, createHlcClock } from './changes/HlcClock';
import { createRouter, type Dispatch } from './createRouter';
import { createLongWrite, createStepper, type StepWrite } from './createLongWrite';
import type { Db } from './db/Db';
import { migrateDatabase, type MigrationReport } from './db/migrateDatabase';
import { assertDatabaseOpenable } from './db/assertDatabaseOpenable';
import { compactAfterLogConversion } from './db/compactAfterLogConversion';
import { ensureDatabaseId } from './db/ensureDatabaseId';
import { closeDatabase, openDatabase } from './db/openDatabase';
import type { HubRunnerStatus } from './hub/createHubSyncRunner';
import { createHubControl, createHubPassword, type HubControl } from './hub/createHubControl';
import { transaction } from './db/sql';
import { newestStamp } from './sync/changeLogStore';
import { defaultMachineId, deviceBinding } from './device/deviceBinding';
import { readOrCreateDeviceId } from './device/readOrCreateDeviceId';
import type { HandlerContext } from './HandlerContext';
import { allHandlers } from './allHandlers';
import { getHub } from './modules/hub/hub.service';
import { getSettings } from './modules/settings/settings.service';
import { seedDefaultWorkspace } from './seed/seedDefaultWorkspace';
import { APP_VERSION } from './appVersion';
import { startAutoBackups } from './backup/startAutoBackups';
import { reviewFlaggedDealsAfterWrite } from './sync/reviewMergedDeals';
import { runWriteAutomation } from './automation/runWriteAutomation';
import { makeCustomersOfWins } from './modules/customers/makeCustomersOfWins';
import { startAutomationSchedule } from './automation/startAutomationSchedule';
import { startReminderSchedule } from './modules/reminders/startReminderSchedule';
import { startReportSchedule } from './modules/reportSchedule/startReportSchedule';
import { startOpeningReportWarmUp } from './reports/startOpeningReportWarmUp';
import { setReportFolder } from './modules/reportSchedule/reportSchedule.service';
import type { ReportFolderPolicy } from './modules/reportSchedule/ReportFolderPolicy';
import type { SyncFolderPolicy } from './modules/syncFolder/SyncFolderPolicy';
import { setSyncFolderPath } from './modules/syncFolder/syncFolder.service';
import { startSyncFolderWatch } from './modules/syncFolder/startSyncFolderWatch';
import { dirname, join } from 'node:path';
import { envSmtpPassword, keychainSmtpPassword } from './modules/email/SmtpPassword';
import { smtpState } from './modules/email/smtp.service';
import { type SendReport, sendOutbox, smtpSendDeps } from './modules/email/sendOutbox';
import { startOutboxSender } from './modules/email/startOutboxSender';
import { createErrorLog } from './diagnostics/createErrorLog';
import { errorLogPathFor } from './diagnostics/errorLogPathFor';
import { hasSearchBacklog } from './search/searchBacklog';
import { startWorkspaceSearchCatchUp } from './search/startWorkspaceSearchCatchUp';

import type { Backend } from './Backend';
import type { BackendOptions } from './BackendOptions';

export type { Backend, BackendOptions };

/** One line on stderr per change of the hub runner's state (the browser host's log). */
const hubStatusLogger = () => {
  let last = '';
  return (status: HubRunnerStatus) => {
    const error = status.lastError;
    const line =
      status.state === 'syncing'
        ? ''
        : `voronka hub: ${status.state}${error ? ` (${error.reason}${error.params.detail ? `: ${String(error.params.detail)}` : ''})` : ''}`;
    if (line !== '' && line !== last) process.stderr.write(`${line}\n`);
    if (line !== '') last = line;
  };
};

const importInProgress = () =>
  new DomainError('CONFLICT', 'An import is in progress; try again when it has finished', {
    reason: 'import_in_progress' satisfies ConflictReason,
  });

/** The newest stamp in the file, whichever process wrote it (the unique stamp index: one step). */
const lastHlc = (db: Db): string | null => newestStamp(db);

/**
 * The whole backend, plain Node: open and migrate the file, seed a new workspace, and serve the
 * contract through `dispatch`. Hosts (Electron worker, HTTP host, CLI, tests) wrap this.
 */
export const createBackend = (options: BackendOptions): Backend => {
  const clock =
    options.clock ?? (options.testClockAt === undefined ? systemClock : createTestClock(options.testClockAt));
  const key = options.key ?? null;
  assertDatabaseOpenable(options.dbPath, key);
  const db = openDatabase(options.dbPath, {
    key,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  let migration: MigrationReport;
  try {
    migration = migrateDatabase(db, clock.now(), undefined, options.onOpenProgress);
    compactAfterLogConversion(db, migration, () =>
      options.onOpenProgress?.({ phase: 'compact', step: 0, steps: 0, name: null, done: null, total: null }),
    );
  } catch (error) {
    closeDatabase(db);
    throw error;
  }
  const binding =
    options.dbPath === ':memory:' ? null : deviceBinding(options.machineId ?? defaultMachineId(), options.dbPath);
  let deviceId = transaction(db, () => readOrCreateDeviceId(db, binding));
  let hlc = createHlcClock(deviceId, clock, lastHlc(db));
  // Another process may share the file (the desktop app and the browser shell do): each write
  // takes the write lock first (IMMEDIATE) and continues after the newest stamp in the file, so
  // two writers never stamp the same HLC.
  const writeTransaction = <T>(work: () => T): T =>
    db.inWriteTransaction(() => {
      hlc.catchUp(lastHlc(db));
      return work();
    });
  let actorId = getSettings(db)['user.currentId'];
  const reportFolder: ReportFolderPolicy = {
    hostDir: options.reportDir ?? null,
    // Beside the workspace file, like `backups`: one folder to find (and to back up) per workspace.
    defaultDir: options.dbPath === ':memory:' ? null : join(dirname(options.dbPath), 'reports'),
    canChoose: options.platform === 'electron' && options.reportDir === undefined,
  };
  const syncFolder: SyncFolderPolicy = {
    hostDir: options.syncDir ?? null,
    canChoose: options.platform === 'electron' && options.syncDir === undefined,
  };

  writeTransaction(() => {
    // The defaults take the lowest stamps: a team's earlier edits of them win on every device.
    // One reading of the clock for the messages' time and the rows' `updated_at`: a merge keeps
    // the later of a row's own `updated_at` and its messages' time, so rows a millisecond past
    // their messages would keep this device's value for good.
    const now = clock.now();
    const writer = createChangeWriter({ db, hlc: createFloorHlcClock(deviceId), actorId, now });
    seedDefaultWorkspace(db, writer, now);
    ensureDatabaseId(db);
  });

  const listeners = new Set<(event: PushEvent) => void>();
  const emit = (event: PushEvent) => {
    for (const listener of listeners) listener(event);
  };

  const reloadIdentity = () => {
    deviceId = transaction(db, () => readOrCreateDeviceId(db, binding));
    hlc = createHlcClock(deviceId, clock, lastHlc(db));
    actorId = getSettings(db)['user.currentId'];
  };

  const longWrite = createLongWrite();
  // Search entries a long write left for after its commit are written in steps between calls.
  const searchCatchUp = startWorkspaceSearchCatchUp({
    db,
    longWrite,
    writeTransaction,
    emit,
    errorLog: () => errorLog,
  });
  const smtpPassword =
    options.smtpPassword ??
    (options.keychainSmtpPassword !== undefined
      ? keychainSmtpPassword(options.keychainSmtpPassword)
      : envSmtpPassword(process.env));
  let outboxSender: { kick(): void; stop(): void } | null = null;
  const mail = { password: smtpPassword, kick: () => outboxSender?.kick() };
  /**
   * Reads made while an import's transaction is open use their own read-only connection: on the
   * writing connection they would see the import's uncommitted rows (gone again if it is
   * cancelled). An in-memory database has no second connection; there reads see them.
   */
  let readDb: Db | null = null;
  /** Made once runLocal exists (its runner syncs through it); handlers reach it through their context. */
  let hubControl: HubControl | null = null;
  const readerDb = (): Db => {
    if (options.dbPath === ':memory:') return db;
    readDb ??= openDatabase(options.dbPath, {
      key,
      readonly: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    return readDb;
  };

  const openScope = (kind: 'query' | 'mutation' = 'mutation') => {
    const committed = new Set<TableName>();
    /** True while this scope's own long write runs (its transaction is the open one). */
    let stepping = false;
    const writeInSteps: StepWrite = async (work) => {
      const now = clock.now();
      const writer = createChangeWriter({ db, hlc, actorId, now });
      db.sqlite.exec('BEGIN IMMEDIATE');
      try {
        stepping = true;
        const result = await longWrite.transaction(async () => {
          hlc.catchUp(lastHlc(db));
          const done = await work(writer, now, createStepper());
          makeCustomersOfWins(db, writer, now);
          runWriteAutomation({ db, writer, now, actorId });
          // A work that batched its search index updates commits them whole.
          writer.flushSearch();
          return done;
        });
        db.sqlite.exec('COMMIT');
        for (const table of writer.touched) committed.add(table);
        if (hasSearchBacklog(db)) searchCatchUp.kick();
        return result;
      } catch (error) {
        if (db.sqlite.inTransaction) db.sqlite.exec('ROLLBACK');
        throw error;
      } finally {
        stepping = false;
      }
    };
    const ctx: HandlerContext = {
      db: kind === 'query' && longWrite.inTransaction() ? readerDb() : db,
      clock,
      deviceId,
      platform: options.platform,
      appVersion: APP_VERSION,
      reportFolder,
      syncFolder,
      actorId: () => actorId,
      write: (work) => {
        // Another call writing on the connection while an import's transaction is open would
        // join that transaction (and be rolled back with it on a cancel): refused instead.
        if (longWrite.inTransaction() && !stepping) throw importInProgress();
        const now = clock.now();
        const writer = createChangeWriter({ db, hlc, actorId, now });
        const result = writeTransaction(() => {
          const done = work(writer, now);
          makeCustomersOfWins(db, writer, now);
          reviewFlaggedDealsAfterWrite(db, writer, now);
          // Write triggers fire here, before the commit: the rules' work commits with the write or not at all.
          runWriteAutomation({ db, writer, now, actorId });
          return done;
        });
        for (const table of writer.touched) committed.add(table);
        return result;
      },
      writeInSteps,
      longWrite,
      emit,
      reloadIdentity,
      mail,
      get hub() {
        return hubControl!;
      },
    };
    return { ctx, committed: () => committed };
  };

  const routed = createRouter(
    allHandlers,
    openScope,
    (tables) => {
      if (tables.includes('settings')) actorId = getSettings(db)['user.currentId'];
      emit({ type: 'data.changed', tables });
    },
    { trustOutputs: options.trustOutputs === true, writesRefused: () => longWrite.active() },
  );
  const errorLog =
    options.dbPath === ':memory:' || options.errorLog?.enabled === false
      ? null
      : createErrorLog(options.errorLog?.path ?? errorLogPathFor(options.dbPath), options.errorLog);
  // Every refused or failed call leaves a line (method and code only), whoever made it.
  const dispatch: Dispatch = async (method, input) => {
    const envelope = await routed(method, input);
    if (!envelope.ok) errorLog?.failedCall(method, envelope.error.code);
    return envelope;
  };

  const autoBackups =
    options.autoBackup && options.dbPath !== ':memory:' ? startAutoBackups(db, dispatch, clock) : null;
  const automationSchedule =
    (options.automationSchedule ?? options.autoBackup) === true ? startAutomationSchedule(dispatch) : null;
  const events = {
    subscribe(listener: (event: PushEvent) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  const reminderSchedule =
    (options.reminderSchedule ?? options.autoBackup) === true ? startReminderSchedule(dispatch, events) : null;
  const reportSchedule = (options.reportSchedule ?? options.autoBackup) === true ? startReportSchedule(dispatch) : null;
  const reportWarmUp = startOpeningReportWarmUp(options, { db, clock, longWrite, events });
  const NOTHING_SENT: SendReport = { sent: 0, retrying: 0, failed: 0, unknown: 0 };
  let sendChain: Promise<unknown> = Promise.resolve();
  /**
   * Passes run one after another. Each claim and each outcome is its own short write; the network
   * wait between them holds no transaction. Skipped while an import's long transaction is open
   * (a write then would join it and could be rolled back with it after the message went out).
   */
  const sendOutboxPass = (): Promise<SendReport> => {
    const pass = sendChain.then(() =>
      longWrite.inTransaction() ? NOTHING_SENT : runLocal((ctx) => sendOutbox(ctx, smtpSendDeps(ctx))),
    );
    sendChain = pass.catch(() => undefined);
    return pass;
  };
  const syncFolderWatch =
    (options.syncFolderSchedule ?? options.autoBackup) === true && options.dbPath !== ':memory:'
      ? startSyncFolderWatch(dispatch, events)
      : null;
  const runLocal = async <T>(work: (ctx: HandlerContext) => Promise<T>): Promise<T> => {
    const scope = openScope();
    try {
      return await work(scope.ctx);
    } finally {
      const tables = [...scope.committed()];
      if (tables.length > 0) emit({ type: 'data.changed', tables });
    }
  };

  if ((options.mailSchedule ?? options.autoBackup) === true) {
    outboxSender = startOutboxSender(() =>
      sendOutboxPass().catch(() => errorLog?.failedCall('email.send', 'INTERNAL')),
    );
  }
  const hubOptions = options.hubSync;
  hubControl = createHubControl({
    db,
    deviceId,
    clock,
    runLocal,
    subscribeChanges: (listener) =>
      events.subscribe((event) => {
        // The hub's own bookkeeping is no local change to push.
        if (event.type === 'data.changed' && event.tables.some((table) => table !== 'sync_hub')) listener();
      }),
    onStatus: () => emit({ type: 'data.changed', tables: ['sync_hub'] }),
    fixed: hubOptions ? { url: hubOptions.url } : undefined,
    password: createHubPassword({
      fixed: hubOptions?.password,
      ...(options.keychainHubPassword !== undefined ? { keychain: options.keychainHubPassword } : {}),
    }),
    // A stored hub syncs in the background in the app's hosts, not in the CLI's one-off runs.
    schedule: hubOptions !== undefined || (options.hubSchedule ?? options.autoBackup) === true,
    ...(hubOptions?.intervalMs !== undefined ? { intervalMs: hubOptions.intervalMs } : {}),
    ...(hubOptions?.changeDelayMs !== undefined ? { changeDelayMs: hubOptions.changeDelayMs } : {}),
    ...(hubOptions?.logStatus ? { onRunnerStatus: hubStatusLogger() } : {}),
  });
  const hub = hubControl;

  return {
    dispatch: (method, input) => {
      reportWarmUp?.called();
      return dispatch(method, input);
    },
    runLocal,
    sendOutbox: sendOutboxPass,
    setSmtpPassword: async (password) => {
      if (!smtpPassword.set) {
        throw new DomainError('FORBIDDEN', 'This host reads the SMTP password from VORONKA_SMTP_PASSWORD');
      }
      smtpPassword.set(password);
      emit({ type: 'data.changed', tables: ['smtp_settings'] });
      mail.kick();
      return smtpState(db, smtpPassword);
    },
    events,
    hub,
    setHubPassword: (password) =>
      runLocal(async (ctx) => {
        hub.setPassword(password);
        return getHub(ctx);
      }),
    db,
    migration,
    setReportFolder: (folder) =>
      runLocal(async (ctx) => {
        const schedule = setReportFolder(ctx, folder);
        emit({ type: 'data.changed', tables: ['report_schedule'] });
        return schedule;
      }),
    setSyncFolder: (folder) =>
      runLocal(async (ctx) => {
        const status = setSyncFolderPath(ctx, folder);
        emit({ type: 'data.changed', tables: ['sync_folder'] });
        return status;
      }),
    searchCaughtUp: () => searchCatchUp.idle(),
    stopBackgroundWork: async () => {
      searchCatchUp.stop();
      outboxSender?.stop();
      await sendChain;
      automationSchedule?.stop();
      reminderSchedule?.stop();
      reportWarmUp?.stop();
      hub.stop();
      await Promise.all([
        autoBackups?.stop(),
        reportSchedule?.stop(),
        syncFolderWatch?.stop(),
        hub.idle().catch(() => {}),
      ]);
    },
    close() {
      searchCatchUp.stop();
      outboxSender?.stop();
      hub.stop();
      automationSchedule?.stop();
      reminderSchedule?.stop();
      reportWarmUp?.stop();
      void reportSchedule?.stop();
      void syncFolderWatch?.stop();
      void autoBackups?.stop();
      listeners.clear();
      longWrite.cancel();
      if (readDb) closeDatabase(readDb);
      closeDatabase(db);
    },
  };
};
