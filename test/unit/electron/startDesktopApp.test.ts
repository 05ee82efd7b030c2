import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '@shared/contract/envelope';
import type { PushEvent } from '@shared/contract/pushEvents';
import type { BackendWorker, StartBackendWorkerOptions } from '../../../src-main/worker/startBackendWorker';

type Listener = (...args: never[]) => unknown;

/** The slice of the electron module startDesktopApp touches, as spies (no Electron binary here). */
const fake = vi.hoisted(() => {
  const emitter = () => {
    const listeners = new Map<string, Listener[]>();
    return {
      listeners,
      on: vi.fn((name: string, listener: Listener) => {
        listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      }),
      once: vi.fn((name: string, listener: Listener) => {
        listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      }),
      emit: (name: string, ...args: unknown[]) => {
        for (const listener of listeners.get(name) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
      },
    };
  };
  const app = {
    ...emitter(),
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    getPath: vi.fn((_name: string) => ''),
    getAppPath: vi.fn(() => ''),
    getLocale: vi.fn(() => 'ru-RU'),
    getVersion: vi.fn(() => '0.1.0'),
    setAboutPanelOptions: vi.fn(),
  };
  const windows: FakeWindow[] = [];
  class FakeWindow {
    readonly events = emitter();
    readonly on = this.events.on;
    readonly once = this.events.once;
    readonly webContents = { send: vi.fn() };
    readonly loadURL = vi.fn(() => Promise.resolve());
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => true);
    readonly isDestroyed = vi.fn(() => false);
    constructor(readonly options: unknown) {
      windows.push(this);
    }
    static getAllWindows = () => [...windows];
    static getFocusedWindow = () => windows[0] ?? null;
  }
  const notifications: FakeNotification[] = [];
  class FakeNotification {
    readonly events = emitter();
    readonly on = this.events.on;
    readonly show = vi.fn();
    constructor(readonly options: { title: string; body: string }) {
      notifications.push(this);
    }
    static isSupported = () => true;
  }
  // Electron's safeStorage as an OS keychain would do it: sealed strings only it reverses.
  const safeStorage = {
    backend: 'gnome_libsecret',
    isEncryptionAvailable: vi.fn(() => true),
    encryptString: vi.fn((text: string) => Buffer.from(`sealed:${text}`)),
    decryptString: vi.fn((sealed: Buffer) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('cannot decrypt');
      return text.slice('sealed:'.length);
    }),
    getSelectedStorageBackend: vi.fn((): string => safeStorage.backend),
  };
  return {
    windows,
    notifications,
    app,
    safeStorage,
    BrowserWindow: FakeWindow,
    Notification: FakeNotification,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn(), showOpenDialog: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  };
});

vi.mock('electron', () => fake);

const { startDesktopApp } = await import('../../../src-main/electron/startDesktopApp');

type FakeWorker = BackendWorker & { emit(event: PushEvent): void };

const makeWorker = (): FakeWorker => {
  const listeners = new Set<(event: PushEvent) => void>();
  return {
    dispatch: vi.fn(async (): Promise<Envelope<unknown>> => ({ ok: true, value: 'pong' })),
    subscribe: vi.fn((listener: (event: PushEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    close: vi.fn(() => Promise.resolve()),
    setReportFolder: vi.fn(async (): Promise<Envelope<unknown>> => ({ ok: true, value: null })),
    setSmtpPassword: vi.fn(async (): Promise<Envelope<unknown>> => ({ ok: true, value: null })),
    setHubPassword: vi.fn(async (): Promise<Envelope<unknown>> => ({ ok: true, value: null })),
    setSyncFolder: vi.fn(async (): Promise<Envelope<unknown>> => ({ ok: true, value: null })),
    emit: (event) => listeners.forEach((listener) => listener(event)),
  };
};

let base: string;
let appPath: string;
let userData: string;

beforeEach(() => {
  vi.clearAllMocks();
  fake.app.listeners.clear();
  fake.windows.length = 0;
  fake.notifications.length = 0;
  fake.app.requestSingleInstanceLock.mockReturnValue(true);
  base = mkdtempSync(join(tmpdir(), 'voronka-shell-'));
  appPath = join(base, 'app');
  userData = join(base, 'config', 'Voronka');
  mkdirSync(appPath, { recursive: true });
  fake.app.getPath.mockImplementation((name: string) => (name === 'userData' ? userData : base));
  fake.app.getAppPath.mockReturnValue(appPath);
  fake.safeStorage.backend = 'gnome_libsecret';
});

afterEach(() => rmSync(base, { recursive: true, force: true }));

/** Stands in for the main process: what startDesktopApp hooks on it is checked, never run for real. */
const standInProcess = () =>
  Object.assign(new EventEmitter(), { stderr: { write: vi.fn() }, exit: vi.fn() }) as unknown as NodeJS.Process & {
    exit: ReturnType<typeof vi.fn>;
  };
let crashingProcess = standInProcess();

const launch = async (startWorker: (options: StartBackendWorkerOptions) => Promise<BackendWorker>) => {
  const spy = vi.fn(startWorker);
  crashingProcess = standInProcess();
  startDesktopApp({
    mainDir: join(appPath, 'out', 'main'),
    workerPath: join(appPath, 'out/main/worker.js'),
    startWorker: spy,
    crashingProcess,
  });
  return spy;
};

const rpcHandler = () => {
  const call = fake.ipcMain.handle.mock.calls[0] as unknown as [string, (...args: unknown[]) => Promise<unknown>];
  return call;
};

describe('startDesktopApp', () => {
  it('a second instance quits at once and leaves the first one alone', async () => {
    fake.app.requestSingleInstanceLock.mockReturnValue(false);
    const startWorker = await launch(async () => makeWorker());
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(startWorker).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });

  it('the first instance brings its window forward when a second one starts', async () => {
    await launch(async () => makeWorker());
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const [window] = fake.windows;
    fake.app.emit('second-instance');
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.show).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
  });

  it('registers the app:// scheme before ready and serves it once ready', async () => {
    await launch(async () => makeWorker());
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function)));
  });

  it('starts the worker on the user-data database and opens a secure window on app://voronka', async () => {
    const startWorker = await launch(async () => makeWorker());
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(startWorker).toHaveBeenCalledWith({
      workerPath: join(appPath, 'out/main/worker.js'),
      options: {
        dbPath: join(userData, 'voronka.sqlite'),
        platform: 'electron',
        autoBackup: true,
        keychainSmtpPassword: null,
        keychainHubPassword: null,
        key: null,
      },
      onCrash: expect.any(Function),
      onOpening: expect.any(Function),
    });
    const [window] = fake.windows;
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        preload: join(appPath, 'out', 'preload', 'preload.cjs'),
      },
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://voronka/index.html');
    window?.events.emit('ready-to-show');
    expect(window?.show).toHaveBeenCalled();
  });

  it('while an old file is upgraded the window shows its progress, then the app once the file is open', async () => {
    let opened: (worker: BackendWorker) => void = () => undefined;
    const startWorker = await launch(
      (options) =>
        new Promise<BackendWorker>((resolve) => {
          opened = resolve;
          options.onOpening?.({ phase: 'backup', step: 0, steps: 3, name: null, done: null, total: null });
        }),
    );
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    expect(startWorker).toHaveBeenCalledTimes(1);
    const [window] = fake.windows;
    expect(window?.loadURL).toHaveBeenCalledWith('app://voronka/opening');
    expect(window?.loadURL).not.toHaveBeenCalledWith('app://voronka/index.html');
    // The page the protocol serves follows the worker's reports, in the OS language.
    const serve = fake.protocol.handle.mock.calls[0]![1] as (request: Request) => Promise<Response>;
    const report = startWorker.mock.calls[0]![0].onOpening!;
    report({ phase: 'migrate', step: 2, steps: 3, name: 'packed_change_log', done: 250, total: 1000 });
    const page = await (await serve(new Request('app://voronka/opening'))).text();
    expect(page).toContain('Открываем рабочее пространство');
    expect(page).toContain('aria-valuenow="25"');

    opened(makeWorker());
    await vi.waitFor(() => expect(window?.loadURL).toHaveBeenLastCalledWith('app://voronka/index.html'));
    expect(fake.windows).toHaveLength(1);
  });

  it('a new file (made by its migrations, with no backup first) opens straight into the app', async () => {
    await launch(async (options) => {
      options.onOpening?.({ phase: 'migrate', step: 1, steps: 1, name: null, done: null, total: null });
      return makeWorker();
    });
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    const [window] = fake.windows;
    await vi.waitFor(() => expect(window?.loadURL).toHaveBeenCalledTimes(1));
    expect(window?.loadURL).toHaveBeenCalledWith('app://voronka/index.html');
  });

  it("logs a crash of main or of the core's thread beside the database, then main exits 1", async () => {
    const startWorker = await launch(async () => makeWorker());
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
    startWorker.mock.calls[0]?.[0].onCrash?.(new RangeError('thread'));
    crashingProcess.emit('uncaughtException', new TypeError('main'));
    expect(crashingProcess.exit).toHaveBeenCalledWith(1);
    const lines = readFileSync(join(userData, 'logs', 'voronka-errors.log'), 'utf8')
      .trim()
      .split('\n');
    expect(lines.map((line) => line.split(' ').slice(1, 4).join(' '))).toEqual([
      'crash worker RangeError',
      'crash main TypeError',
    ]);
  });

  it('hands the Electron build of better-sqlite3 to the worker when it exists', async () => {
    mkdirSync(join(appPath, '.electron-native'));
    writeFileSync(join(appPath, '.electron-native', 'better_sqlite3.node'), '');
    const startWorker = await launch(async () => makeWorker());
    await vi.waitFor(() => expect(startWorker).toHaveBeenCalled());
    expect(startWorker.mock.calls[0]?.[0].options.nativeBinding).toBe(
      join(appPath, '.electron-native', 'better_sqlite3.node'),
    );
  });

  it('grants the app page notifications and clipboard writes only; every other request and check is denied', async () => {
    await launch(async () => makeWorker());
    await vi.waitFor(() => expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled());
    const [requestHandler] = fake.session.defaultSession.setPermissionRequestHandler.mock.calls[0] as unknown as [
      (
        contents: unknown,
        permission: string,
        callback: (granted: boolean) => void,
        details: { requestingUrl?: string },
      ) => void,
    ];
    const [checkHandler] = fake.session.defaultSession.setPermissionCheckHandler.mock.calls[0] as unknown as [
      (contents: unknown, permission: string, requestingOrigin: string) => boolean,
    ];
    const request = (permission: string, url: string) => {
      const callback = vi.fn();
      requestHandler({}, permission, callback, { requestingUrl: url });
      return callback.mock.calls[0]?.[0] as boolean;
    };
    const app = 'app://voronka/index.html#/activities';
    for (const permission of ['notifications', 'clipboard-sanitized-write']) {
      expect(request(permission, app), permission).toBe(true);
      expect(checkHandler({}, permission, 'app://voronka'), permission).toBe(true);
      // The same permission for a page that is not the app's own: refused.
      expect(request(permission, 'https://evil.example/'), permission).toBe(false);
      expect(checkHandler({}, permission, 'file://'), permission).toBe(false);
    }
    const refused = [
      'media',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'midi',
      'midiSysex',
      'pointerLock',
      'fullscreen',
      'display-capture',
      'hid',
      'serial',
      'usb',
      'idle-detection',
      'storage-access',
      'unknown',
    ];
    for (const permission of refused) {
      expect(request(permission, app), permission).toBe(false);
      expect(checkHandler({}, permission, 'app://voronka'), permission).toBe(false);
    }
  });

  it('relays IPC from the app page to the worker and refuses other senders', async () => {
    const worker = makeWorker();
    await launch(async () => worker);
    await vi.waitFor(() => expect(fake.ipcMain.handle).toHaveBeenCalled());
    const [channel, handle] = rpcHandler();
    expect(channel).toBe('voronka:rpc');
    await expect(handle({ senderFrame: { url: 'app://voronka/index.html' } }, 'app.info', undefined)).resolves.toEqual({
      ok: true,
      value: 'pong',
    });
    await expect(
      handle({ senderFrame: { url: 'https://evil.example/' } }, 'app.info', undefined),
    ).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await expect(handle({ senderFrame: null }, 'app.info', undefined)).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(worker.dispatch).toHaveBeenCalledTimes(1);
  });

  it('saves a report where the user picks: rendered in the worker, written by main, cancel writes nothing', async () => {
    const worker = makeWorker();
    const pdf = Buffer.from('%PDF-1.7 report');
    vi.mocked(worker.dispatch).mockImplementation(async () => ({
      ok: true,
      value: {
        fileName: 'voronka-report-2026-W48.pdf',
        mimeType: 'application/pdf',
        base64: pdf.toString('base64'),
        bytes: pdf.length,
      },
    }));
    await launch(async () => worker);
    await vi.waitFor(() => expect(fake.ipcMain.handle).toHaveBeenCalledTimes(11));
    const [channel, save] = fake.ipcMain.handle.mock.calls[1] as unknown as [
      string,
      (event: unknown, input: unknown) => Promise<unknown>,
    ];
    expect(channel).toBe('voronka:save-report');
    const request = { period: { kind: 'week', week: '2026-W48' }, format: 'pdf', language: 'ru' };
    const target = join(base, 'Отчёт.pdf');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const page = { senderFrame: { url: 'app://voronka/index.html' } };
    await expect(save(page, request)).resolves.toEqual({ ok: true, value: { saved: true, fileName: 'Отчёт.pdf' } });
    expect(worker.dispatch).toHaveBeenCalledWith('reports.render', request);
    expect(fake.dialog.showSaveDialog.mock.calls[0]?.at(-1)).toMatchObject({
      defaultPath: join(base, 'voronka-report-2026-W48.pdf'),
    });
    expect(readFileSync(target)).toEqual(pdf);

    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(save(page, request)).resolves.toEqual({ ok: true, value: { saved: false, fileName: null } });
    await expect(save({ senderFrame: { url: 'https://evil.example/' } }, request)).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledTimes(2);
  });

  it("chooses the report folder in main's folder dialog and hands it to the worker; the page sends no path", async () => {
    const worker = makeWorker();
    vi.mocked(worker.setReportFolder).mockImplementation(async (folder) => ({
      ok: true,
      value: {
        enabled: false,
        weekday: 1,
        time: '09:00',
        formats: ['pdf'],
        language: 'ru',
        ownerId: null,
        pipelineId: null,
        folder: { path: folder, source: 'chosen', canChoose: true },
        timeZone: 'Europe/Moscow',
        nextRunAt: null,
        lastRun: null,
      },
    }));
    await launch(async () => worker);
    await vi.waitFor(() => expect(fake.ipcMain.handle).toHaveBeenCalledTimes(11));
    const [, choose] = fake.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === 'voronka:choose-report-folder',
    ) as unknown as [string, (event: unknown, ...rest: unknown[]) => Promise<unknown>];
    const page = { senderFrame: { url: 'app://voronka/index.html' } };
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/anna/Отчёты'] });
    // Whatever the page passes along is ignored: the folder is the dialog's answer.
    await expect(choose(page, '/etc')).resolves.toMatchObject({
      ok: true,
      value: { folder: { path: '/home/anna/Отчёты', source: 'chosen' } },
    });
    expect(worker.setReportFolder).toHaveBeenCalledWith('/home/anna/Отчёты');
    expect(fake.dialog.showOpenDialog.mock.calls.at(-1)?.at(-1)).toMatchObject({
      properties: ['openDirectory', 'createDirectory'],
    });
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(choose(page)).resolves.toEqual({ ok: true, value: null });
    expect(worker.setReportFolder).toHaveBeenCalledTimes(1);
  });

  it("chooses the shared sync folder in main's folder dialog and hands it to the worker; the page sends no path", async () => {
    const worker = makeWorker();
    vi.mocked(worker.setSyncFolder).mockImplementation(async (folder) => ({
      ok: true,
      value: {
        enabled: false,
        intervalSeconds: 60,
        hasPassphrase: false,
        encryptedWorkspace: false,
        folder: { path: folder, source: 'chosen', canChoose: true },
        deviceId: '0123456789abcdef',
        lastRun: null,
        waitingOut: 0,
        writtenSegments: 0,
        peers: [],
        files: [],
      },
    }));
    await launch(async () => worker);
    await vi.waitFor(() => expect(fake.ipcMain.handle).toHaveBeenCalledTimes(11));
    const [, choose] = fake.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === 'voronka:choose-sync-folder',
    ) as unknown as [string, (event: unknown, ...rest: unknown[]) => Promise<unknown>];
    const page = { senderFrame: { url: 'app://voronka/index.html' } };
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/anna/Sync'] });
    await expect(choose(page, '/etc')).resolves.toMatchObject({
      ok: true,
      value: { folder: { path: '/home/anna/Sync', source: 'chosen' } },
    });
    expect(worker.setSyncFolder).toHaveBeenCalledWith('/home/anna/Sync');
    expect(worker.setReportFolder).not.toHaveBeenCalled();
  });

  it("opens the sample workspace beside the user's file on voronka:workspace and goes back; other senders are refused", async () => {
    const own = makeWorker();
    const sample = makeWorker();
    const ownAgain = makeWorker();
    const workers = [own, sample, ownAgain];
    const start = await launch(async () => workers.shift() as FakeWorker);
    await vi.waitFor(() => expect(fake.ipcMain.handle).toHaveBeenCalledTimes(11));
    const [, handle] = fake.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === 'voronka:workspace',
    ) as unknown as [string, (event: unknown, request: unknown) => Promise<Envelope<unknown>>];
    const page = { senderFrame: { url: 'app://voronka/index.html' } };
    await expect(
      handle({ senderFrame: { url: 'https://evil.example/' } }, { action: 'openSample', language: 'en' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // A path the page slips in is dropped: main alone decides the file.
    await expect(handle(page, { action: 'openSample', language: 'en', dbPath: '/etc/x' })).resolves.toMatchObject({
      ok: true,
    });
    expect(start.mock.calls[1]?.[0].options).toMatchObject({
      dbPath: join(userData, 'sample', 'sample-en.sqlite'),
      platform: 'electron',
      autoBackup: false,
      key: null,
      sample: { language: 'en', fresh: false },
    });
    expect(own.close).toHaveBeenCalled();
    const rpc = rpcHandler()[1];
    await rpc(page, 'app.info', undefined);
    expect(vi.mocked(sample.dispatch).mock.calls.at(-1)?.[0]).toBe('app.info');

    await expect(handle(page, { action: 'openOwn' })).resolves.toMatchObject({ ok: true });
    expect(start.mock.calls[2]?.[0].options).toMatchObject({
      dbPath: join(userData, 'voronka.sqlite'),
      autoBackup: true,
    });
    expect(start.mock.calls[2]?.[0].options).not.toHaveProperty('sample');
    expect(sample.close).toHaveBeenCalled();
  });

  const workspaceHandler = async () => {
    await vi.waitFor(() => expect(fake.ipcMain.handle).toHaveBeenCalledTimes(11));
    return fake.ipcMain.handle.mock.calls.find(([channel]) => channel === 'voronka:workspace') as unknown as [
      string,
      (event: unknown, request: unknown) => Promise<Envelope<unknown>>,
    ];
  };
  const appPage = { senderFrame: { url: 'app://voronka/index.html' } };
  const refusedFor = (reason: string) =>
    new Error('Cannot open the database', { cause: { code: 'DB_ENCRYPTED', message: reason, params: { reason } } });

  it('opens an encrypted workspace with the key its OS keychain keeps beside it', async () => {
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, 'voronka.sqlite.key'), 'sealed:correct horse battery');
    const startWorker = await launch(async () => makeWorker());
    await vi.waitFor(() => expect(startWorker).toHaveBeenCalled());
    expect(startWorker.mock.calls[0]?.[0].options.key).toBe('correct horse battery');
    const [, handle] = await workspaceHandler();
    await expect(handle(appPage, { action: 'status' })).resolves.toMatchObject({
      ok: true,
      value: { encrypted: true, locked: false, keeping: 'keychain', keychain: 'available' },
    });
  });

  it('starts locked without a key, the page unlocks it with the passphrase, and nothing is kept', async () => {
    const unlocked = makeWorker();
    const startWorker = await launch(async (options) => {
      if (options.options.key === 'correct horse battery') return unlocked;
      throw refusedFor(options.options.key ? 'key_rejected' : 'key_required');
    });
    const [, handle] = await workspaceHandler();
    const rpc = rpcHandler()[1];
    await expect(rpc(appPage, 'deals.list', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'DB_ENCRYPTED', params: { reason: 'key_required' } },
    });
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
    await expect(handle(appPage, { action: 'unlock', passphrase: 'wrong one' })).resolves.toMatchObject({
      ok: false,
      error: { params: { reason: 'key_rejected' } },
    });
    await expect(handle(appPage, { action: 'unlock', passphrase: 'correct horse battery' })).resolves.toMatchObject({
      ok: true,
      value: { encrypted: true, locked: false, keeping: 'passphrase' },
    });
    await rpc(appPage, 'app.info', undefined);
    expect(unlocked.dispatch).toHaveBeenCalledWith('app.info', undefined);
    expect(startWorker).toHaveBeenCalledTimes(3);
    expect(existsSync(join(userData, 'voronka.sqlite.key'))).toBe(false);
  });

  it('a kept key that no longer opens the workspace is forgotten and the passphrase asked', async () => {
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, 'voronka.sqlite.key'), 'sealed:old passphrase');
    await launch(async () => {
      throw refusedFor('key_rejected');
    });
    const [, handle] = await workspaceHandler();
    await expect(handle(appPage, { action: 'status' })).resolves.toMatchObject({ value: { locked: true } });
    expect(existsSync(join(userData, 'voronka.sqlite.key'))).toBe(false);
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('keeps the new key with the keychain after Settings encrypts, and refuses keychain mode without a keyring', async () => {
    const workers = [makeWorker(), makeWorker(), makeWorker()];
    const startWorker = await launch(async () => workers.shift() as FakeWorker);
    const [, handle] = await workspaceHandler();
    fake.safeStorage.backend = 'basic_text';
    if (process.platform === 'linux') {
      await expect(
        handle(appPage, { action: 'encrypt', passphrase: 'correct horse battery', keep: 'keychain' }),
      ).resolves.toMatchObject({ ok: false, error: { params: { reason: 'keychain_unavailable' } } });
      expect(startWorker).toHaveBeenCalledTimes(1);
    }
    fake.safeStorage.backend = 'gnome_libsecret';
    await expect(
      handle(appPage, { action: 'encrypt', passphrase: 'correct horse battery', keep: 'keychain' }),
    ).resolves.toMatchObject({ ok: true, value: { encrypted: true, keeping: 'keychain' } });
    // The rewrite runs in a new worker on the closed file: from no key to the new one.
    expect(startWorker.mock.calls[1]?.[0].options).toMatchObject({
      dbPath: join(userData, 'voronka.sqlite'),
      key: 'correct horse battery',
      rekey: { from: null },
    });
    expect(readFileSync(join(userData, 'voronka.sqlite.key'), 'utf8')).toBe('sealed:correct horse battery');
    await expect(handle(appPage, { action: 'decrypt', current: 'correct horse battery' })).resolves.toMatchObject({
      ok: true,
      value: { encrypted: false, keeping: null },
    });
    expect(existsSync(join(userData, 'voronka.sqlite.key'))).toBe(false);
  });

  it('forwards push events to the window on voronka:event', async () => {
    const worker = makeWorker();
    await launch(async () => worker);
    await vi.waitFor(() => expect(worker.subscribe).toHaveBeenCalled());
    const event: PushEvent = { type: 'data.changed', tables: ['deals'] };
    worker.emit(event);
    expect(fake.windows[0]?.webContents.send).toHaveBeenCalledWith('voronka:event', event);
  });

  it('shows a delivered reminder as the OS notification; a click brings the window forward and opens the deal', async () => {
    const worker = makeWorker();
    vi.mocked(worker.dispatch).mockImplementation(async () => ({
      ok: true,
      value: { 'ui.language': 'ru', 'workspace.timeZone': 'Europe/Moscow' },
    }));
    await launch(async () => worker);
    await vi.waitFor(() => expect(worker.subscribe).toHaveBeenCalled());
    const taskId = '0190a000-0000-7000-8000-000000000001';
    const dealId = '0190a000-0000-7000-8000-0000000000d1';
    const reminder = {
      taskId,
      dueAt: Date.UTC(2026, 11, 4, 12, 30),
      subject: 'Позвонить',
      dealId,
      dealTitle: 'Вектор: CRM',
      companyId: null,
      contactId: null,
      overdue: false,
    };
    worker.emit({ type: 'reminder.due', reminders: [reminder] });
    await vi.waitFor(() => expect(fake.notifications).toHaveLength(1));
    const [notification] = fake.notifications;
    expect(notification?.options).toEqual({
      title: 'Позвонить',
      body: expect.stringMatching(/^Срок .*15:30 · Вектор: CRM$/),
    });
    expect(notification?.show).toHaveBeenCalled();

    notification?.events.emit('click');
    const [window] = fake.windows;
    expect(window?.focus).toHaveBeenCalled();
    expect(window?.webContents.send).toHaveBeenCalledWith('voronka:event', { type: 'reminder.open', taskId, dealId });
  });

  it('guards every webContents that gets created', async () => {
    await launch(async () => makeWorker());
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on.mock.calls.map(([name]) => name)).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    );
  });

  it('shows a translated error box and quits when the database cannot be opened', async () => {
    const failure = new Error('Cannot open the database: newer schema', {
      cause: { code: 'CONFLICT', message: 'newer', params: { schemaVersion: 2, appSchemaVersion: 1 } },
    });
    await launch(() => Promise.reject(failure));
    await vi.waitFor(() => expect(fake.dialog.showErrorBox).toHaveBeenCalled());
    const [title, body] = fake.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toBe('Воронка не может открыть базу данных');
    expect(body).toContain('схема v2');
    expect(body).toContain(join(userData, 'voronka.sqlite'));
    expect(fake.app.exit).toHaveBeenCalledWith(1);
  });

  it('a damaged database: says so in plain words, offers another file, and opens the one chosen', async () => {
    const damaged = new Error('Cannot open the database: damaged', {
      cause: { code: 'DB_DAMAGED', message: 'damaged', params: { reason: 'truncated' } },
    });
    const other = join(base, 'other.sqlite');
    const worker = makeWorker();
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [other] });
    const startWorker = await launch((options) =>
      options.options.dbPath === other ? Promise.resolve(worker) : Promise.reject(damaged),
    );
    await vi.waitFor(() => expect(worker.subscribe).toHaveBeenCalled());
    const box = fake.dialog.showMessageBox.mock.calls[0]?.[0] as { message: string; detail: string; buttons: string[] };
    expect(box.message).toBe('Воронка не может открыть базу данных');
    expect(box.detail).toContain('Файл базы данных обрезан');
    expect(box.detail).toContain('Резервных копий нет');
    // No backup exists here, so no restore button: another file, or quit.
    expect(box.buttons).toEqual(['Открыть другой файл…', 'Выйти']);
    expect(startWorker.mock.calls.map(([options]) => options.options.dbPath)).toEqual([
      join(userData, 'voronka.sqlite'),
      other,
    ]);
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(fake.app.exit).not.toHaveBeenCalled();
  });

  it('a damaged database: Quit leaves without an error box', async () => {
    const damaged = new Error('damaged', {
      cause: { code: 'DB_DAMAGED', message: 'x', params: { reason: 'foreign_wal' } },
    });
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    await launch(() => Promise.reject(damaged));
    await vi.waitFor(() => expect(fake.app.exit).toHaveBeenCalledWith(0));
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('holds the exit until the worker has closed the database, then quits', async () => {
    const worker = makeWorker();
    let finishClose: () => void = () => undefined;
    vi.mocked(worker.close).mockImplementation(() => new Promise<void>((resolve) => (finishClose = resolve)));
    await launch(async () => worker);
    await vi.waitFor(() => expect(worker.subscribe).toHaveBeenCalled());
    const first = { preventDefault: vi.fn() };
    fake.app.emit('will-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(worker.close).toHaveBeenCalled());
    expect(fake.app.quit).not.toHaveBeenCalled();
    finishClose();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
    const second = { preventDefault: vi.fn() };
    fake.app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(worker.close).toHaveBeenCalledTimes(1);
  });

  it('quits when the last window closes (except on macOS)', async () => {
    await launch(async () => makeWorker());
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('installs the native menu in the OS language', async () => {
    await launch(async () => makeWorker());
    await vi.waitFor(() => expect(fake.Menu.setApplicationMenu).toHaveBeenCalled());
    const template = fake.Menu.buildFromTemplate.mock.calls[0]?.[0] as { label?: string }[];
    expect(template.map((item) => item.label)).toContain('Правка');
  });
});
