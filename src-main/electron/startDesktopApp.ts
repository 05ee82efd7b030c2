import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import type { PushEvent } from '@shared/contract/pushEvents';
import { createWorkspaceSwitch, type SwitchableBackend } from '../worker/createWorkspaceSwitch';
import type { BackendWorker, StartBackendWorkerOptions, WorkerBackendOptions } from '../worker/startBackendWorker';
import { createWorkspaceHandler } from './createWorkspaceHandler';
import { createKeychainStore } from './createKeychainStore';
import type { MigrationProgress } from '../core/db/MigrationProgress';
import { openingPage } from '../host/openingPage';
import { APP_ENTRY_URL, APP_SCHEME, OPENING_URL } from './appOrigin';
import { createAppProtocolHandler } from './createAppProtocolHandler';
import { createRpcHandler } from './createRpcHandler';
import { guardWebContents } from './guardWebContents';
import { writeFileAtomic } from '../core/reports/writeFileAtomic';
import { backupsDirFor } from '../core/backup/backupsDirFor';
import { copyFileAtomic } from './copyFileAtomic';
import { createSaveBackupHandler } from './createSaveBackupHandler';
import { createSaveReportHandler } from './createSaveReportHandler';
import { createChooseReportFolderHandler } from './createChooseReportFolderHandler';
import { type PasswordFile, readKeptPassword } from './createKeptPasswordHandler';
import { createSmtpPasswordHandler } from './createSmtpPasswordHandler';
import { createHubPasswordHandler } from './createHubPasswordHandler';
import { hubPasswordFileFor } from './hubPasswordFileFor';
import { createChooseSyncFolderHandler } from './createChooseSyncFolderHandler';
import {
  CHOOSE_REPORT_FOLDER_CHANNEL,
  CHOOSE_SYNC_FOLDER_CHANNEL,
  EVENT_CHANNEL,
  RPC_CHANNEL,
  SAVE_BACKUP_CHANNEL,
  SAVE_EXPORT_CHANNEL,
  SAVE_PERSONAL_DATA_CHANNEL,
  SAVE_REPORT_CHANNEL,
  SMTP_PASSWORD_CHANNEL,
  HUB_PASSWORD_CHANNEL,
  SAVE_SYNC_BUNDLE_CHANNEL,
  WORKSPACE_CHANNEL,
} from './ipcChannels';
import { buildMenuTemplate } from './menu';
import { nativeBindingPath } from './nativeBindingPath';
import { openFailureMessage } from './openFailureMessage';
import { openWithRecovery } from './openWithRecovery';
import { installPermissionHandlers } from './installPermissionHandlers';
import { askAboutDamage } from './askAboutDamage';
import { shellLocale } from './shellText';
import { damagedDatabaseNotice } from '../core/backup/damagedDatabaseNotice';
import { latestSoundBackup, restoreLatestBackupOver } from '../core/backup/restoreLatestBackupOver';
import { shellPaths } from './shellPaths';
import { showReminderNotices } from './showReminderNotices';
import { windowOptions } from './windowOptions';
import { createErrorLog } from '../core/diagnostics/createErrorLog';
import { errorLogPathFor } from '../core/diagnostics/errorLogPathFor';
import { logCrashes } from '../core/diagnostics/logCrashes';

export type DesktopAppOptions = {
  /** The folder of the built main.js (out/main). */
  mainDir: string;
  workerPath: string;
  startWorker: (options: StartBackendWorkerOptions) => Promise<BackendWorker>;
  /** The process whose uncaught errors are logged before it ends (tests pass a stand-in). */
  crashingProcess?: NodeJS.Process;
};

export const DB_FILE_NAME = 'voronka.sqlite';

/** The user chose Quit in the damaged-database dialog: not an error to report. */
class QuitRequested extends Error {}

/** The worker's refusal of an encrypted file: no key given, or the kept one does not open it. */
const keyProblemOf = (error: unknown): 'key_required' | 'key_rejected' | null => {
  const cause = (error as { cause?: { code?: unknown; params?: { reason?: unknown } } }).cause;
  if (cause?.code !== 'DB_ENCRYPTED') return null;
  const reason = cause.params?.reason;
  return reason === 'key_required' || reason === 'key_rejected' ? reason : null;
};

const showAndFocus = (window: BrowserWindow | null) => {
  if (window === null || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
};

/**
 * The Electron main process: one instance per user, the backend in a worker thread on the
 * user-data database, the renderer from app://voronka in a locked-down window, IPC relayed to the
 * worker only for the app's own pages, the worker closed (WAL checkpointed) before the app exits.
 */
export const startDesktopApp = ({
  mainDir,
  workerPath,
  startWorker,
  crashingProcess = process,
}: DesktopAppOptions): void => {
  // Both must happen before `ready`: a privileged scheme cannot be registered later.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  app.enableSandbox();

  if (!app.requestSingleInstanceLock()) {
    // The first instance gets `second-instance` and comes to the front; this one just leaves.
    app.quit();
    return;
  }

  const paths = shellPaths(mainDir);
  let mainWindow: BrowserWindow | null = null;
  let backend: Promise<BackendWorker> | null = null;
  let switchable: SwitchableBackend | null = null;
  let backendClosed = false;
  // While an old workspace file is upgraded (minutes for a large one), the window shows the
  // upgrade's progress (app://voronka/opening, a page that refreshes itself) instead of a first
  // screen waiting for its data; the app loads once the file is open.
  let upgrading = false;
  let openingProgress: MigrationProgress | null = null;

  const show = (window: BrowserWindow, url: string) =>
    window.loadURL(url).catch((error: unknown) => console.error('Voronka: cannot load the window', error));

  const createMainWindow = (): BrowserWindow => {
    const window = new BrowserWindow(windowOptions({ preloadPath: paths.preloadPath, devTools: !app.isPackaged }));
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    void show(window, upgrading ? OPENING_URL : APP_ENTRY_URL);
    return window;
  };

  /** The worker's report while it opens the user's file: an upgrade starts with its backup. */
  const onOpening = (progress: MigrationProgress) => {
    openingProgress = progress;
    if (progress.phase !== 'backup' || upgrading) return;
    upgrading = true;
    if (mainWindow !== null) void show(mainWindow, OPENING_URL);
  };

  app.on('second-instance', () => showAndFocus(mainWindow));
  // Every webContents, the main window's included, is locked to the app's own pages.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, (url) => shell.openExternal(url)));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    if (backend === null || backendClosed) return;
    // Hold the exit until the worker has finished its calls and closed the database cleanly.
    event.preventDefault();
    const closing = backend;
    void closing
      .then((worker) => worker.close())
      .catch(() => undefined)
      .finally(() => {
        backendClosed = true;
        app.quit();
      });
  });

  const onReady = async () => {
    installPermissionHandlers(session.defaultSession);
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler(paths.rendererDir, () => openingPage(openingProgress, shellLocale(app.getLocale()))),
    );
    app.setAboutPanelOptions({ applicationName: 'Voronka', applicationVersion: app.getVersion() });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({ osLocale: app.getLocale(), platform: process.platform, isPackaged: app.isPackaged }),
      ),
    );

    let dbPath = join(app.getPath('userData'), DB_FILE_NAME);
    mkdirSync(dirname(dbPath), { recursive: true });
    // A crash of main or of the core's thread leaves a line for Copy diagnostics (never a message).
    const errorLog = createErrorLog(errorLogPathFor(dbPath));
    logCrashes(errorLog, 'main', crashingProcess);
    const onCrash = (error: Error) => errorLog.crashed('worker', error);
    const bindingPath = nativeBindingPath(app.getAppPath());
    const nativeBinding = existsSync(bindingPath) ? bindingPath : undefined;
    const locale = shellLocale(app.getLocale());
    // The SMTP password, encrypted by the OS keychain in a file of this machine (not in the workspace).
    const smtpPasswordPath = join(app.getPath('userData'), 'smtp-password.bin');
    const smtpPasswordFile: PasswordFile = {
      read: () => (existsSync(smtpPasswordPath) ? readFileSync(smtpPasswordPath) : null),
      write: (data) =>
        data === null ? rmSync(smtpPasswordPath, { force: true }) : writeFileAtomic(smtpPasswordPath, data),
    };
    const keychainSmtpPassword = readKeptPassword(smtpPasswordFile, safeStorage);
    // The team hub's password, likewise, one per workspace file (Settings → Sync keeps the one connected with).
    const hubPassword = (path: string) =>
      readKeptPassword(hubPasswordFileFor(app.getPath('userData'), path), safeStorage);
    const ownOptions = (path: string, key: string | null): WorkerBackendOptions => ({
      dbPath: path,
      platform: 'electron',
      autoBackup: true,
      keychainSmtpPassword,
      keychainHubPassword: hubPassword(path),
      key,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    /**
     * Opens the workspace with the key the OS keychain keeps for it, if any. An encrypted file
     * without a usable key opens locked (worker null): the window asks for the passphrase. A kept
     * key that no longer opens it (the passphrase was changed elsewhere) is forgotten.
     */
    const startOwn = async (path: string) => {
      const keychain = createKeychainStore(path, safeStorage);
      const key = keychain.read();
      try {
        const options = ownOptions(path, key);
        return { worker: await startWorker({ workerPath, options, onCrash, onOpening }), key, keychain };
      } catch (error) {
        const problem = keyProblemOf(error);
        if (problem === null || (problem === 'key_rejected' && key === null)) throw error;
        if (problem === 'key_rejected') keychain.forget();
        return { worker: null, key: null, keychain };
      }
    };
    const opening = openWithRecovery(dbPath, {
      start: startOwn,
      latestBackupAt: async (path) => (await latestSoundBackup(path, nativeBinding))?.createdAt ?? null,
      notice: (reason, path, backupAt) => damagedDatabaseNotice(locale, reason, path, backupAt),
      ask: (notice, canRestore) => askAboutDamage(notice, canRestore, locale),
      chooseFile: async () => {
        const chosen = await dialog.showOpenDialog({
          properties: ['openFile'],
          filters: [{ name: 'Voronka', extensions: ['sqlite', 'db'] }],
        });
        return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
      },
      restore: (path) => restoreLatestBackupOver(path, Date.now(), nativeBinding),
    });
    // Every start opens the user's own workspace; the sample is a visit (see createWorkspaceSwitch).
    const starting = opening.then((opened) => {
      if (opened === null) throw new QuitRequested();
      dbPath = opened.dbPath;
      switchable = createWorkspaceSwitch({
        first: opened.worker.worker,
        ownOptions: ownOptions(opened.dbPath, opened.worker.key),
        start: (options) => startWorker({ workerPath, options, onCrash }),
        keyKeeper: opened.worker.keychain,
      });
      return switchable;
    });
    const openPath = () => switchable?.currentPath() ?? dbPath;
    backend = starting;
    // Registered before the window exists; calls made while the database opens wait for it.
    ipcMain.handle(RPC_CHANNEL, createRpcHandler(starting));
    const choosePath = async (fileName: string) => {
      const extension = extname(fileName).slice(1);
      const options = {
        defaultPath: join(app.getPath('documents'), fileName),
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      };
      const owner = BrowserWindow.getFocusedWindow();
      const chosen = await (owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options));
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    };
    ipcMain.handle(SAVE_REPORT_CHANNEL, createSaveReportHandler(starting, { choosePath, write: writeFileAtomic }));
    ipcMain.handle(
      SAVE_EXPORT_CHANNEL,
      createSaveReportHandler(starting, { choosePath, write: writeFileAtomic }, 'exports.table'),
    );
    ipcMain.handle(
      SAVE_PERSONAL_DATA_CHANNEL,
      createSaveReportHandler(starting, { choosePath, write: writeFileAtomic }, 'contacts.personalDataFile'),
    );
    ipcMain.handle(
      SAVE_SYNC_BUNDLE_CHANNEL,
      createSaveReportHandler(starting, { choosePath, write: writeFileAtomic }, 'sync.exportBundle'),
    );
    ipcMain.handle(
      SAVE_BACKUP_CHANNEL,
      createSaveBackupHandler(starting, {
        choosePath,
        // The open file's backups: a sample keeps its own beside it.
        copyBackup: (name, path) => copyFileAtomic(join(backupsDirFor(openPath()), name), path),
      }),
    );
    const chooseFolder = async () => {
      const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
      const owner = BrowserWindow.getFocusedWindow();
      const chosen = await (owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options));
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    };
    ipcMain.handle(CHOOSE_REPORT_FOLDER_CHANNEL, createChooseReportFolderHandler(starting, chooseFolder));
    ipcMain.handle(CHOOSE_SYNC_FOLDER_CHANNEL, createChooseSyncFolderHandler(starting, chooseFolder));
    ipcMain.handle(WORKSPACE_CHANNEL, createWorkspaceHandler(starting));
    ipcMain.handle(SMTP_PASSWORD_CHANNEL, createSmtpPasswordHandler(starting, safeStorage, smtpPasswordFile));
    ipcMain.handle(
      HUB_PASSWORD_CHANNEL,
      createHubPasswordHandler(starting, safeStorage, {
        // The open workspace's: main alone knows the file (a sample visit keeps the sample's).
        read: () => hubPasswordFileFor(app.getPath('userData'), openPath()).read(),
        write: (data) => hubPasswordFileFor(app.getPath('userData'), openPath()).write(data),
      }),
    );
    mainWindow = createMainWindow();

    let worker: BackendWorker;
    try {
      worker = await starting;
    } catch (error) {
      if (error instanceof QuitRequested) return void app.exit(0);
      const message = openFailureMessage(error, dbPath, app.getLocale());
      dialog.showErrorBox(message.title, message.body);
      app.exit(1);
      return;
    }
    if (upgrading) {
      upgrading = false;
      if (mainWindow !== null) void show(mainWindow, APP_ENTRY_URL);
    }
    const broadcast = (event: PushEvent) => {
      for (const window of BrowserWindow.getAllWindows()) {
        if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
      }
    };
    worker.subscribe((event) => {
      broadcast(event);
      // The core fires each reminder once (also those missed while closed, at start): the OS shows it.
      if (event.type !== 'reminder.due') return;
      void showReminderNotices(worker, event.reminders, app.getLocale(), ({ taskId, dealId }) => {
        if (mainWindow === null) mainWindow = createMainWindow();
        showAndFocus(mainWindow);
        broadcast({ type: 'reminder.open', taskId, dealId });
      }).catch((error: unknown) => console.error('Voronka: cannot show a reminder', error));
    });
    app.on('activate', () => {
      // macOS: clicking the dock icon with no window open brings one back.
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
    });
  };

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      dialog.showErrorBox('Voronka', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
};
