import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ERROR_CODES, type Envelope, type ErrorCode } from '@shared/contract/envelope';
import type { PushEvent } from '@shared/contract/pushEvents';
import type { AppInfo } from '@shared/contract/schemas/app';
import type { Language } from '@shared/contract/schemas/common';
import { TABLE_NAMES } from '@shared/contract/tableNames';
import {
  type KeyKeeping,
  type WorkspaceRequest,
  workspaceRequestSchema,
  type WorkspaceStatus,
} from '@shared/contract/workspaceSwitch';
import { timingSafeEqual } from 'node:crypto';
import type { BackendWorker, WorkerBackendOptions } from './startBackendWorker';

const LANGUAGES: readonly Language[] = ['ru', 'en'];

/**
 * Where the sample of a language lives: a `sample` folder beside the user's workspace, so the
 * sample's own backups and reports (`backups`, `reports` beside its file) never mix with the user's.
 */
export const samplePathFor = (ownPath: string, language: Language): string =>
  join(dirname(ownPath), 'sample', `sample-${language}.sqlite`);

/** A backend worker whose file the host can swap: the hosts hand this to their transports. */
export type SwitchableBackend = BackendWorker & {
  /** Serves a page's workspace request (see WORKSPACE_SWITCH); rejects when a file cannot be opened. */
  workspace(request: unknown): Promise<Envelope<WorkspaceStatus>>;
  /** The file the worker serves now (the desktop copies backups from beside it). */
  currentPath(): string;
};

/**
 * Where a shell keeps the key of an encrypted workspace between runs: the desktop's OS keychain
 * (see createKeychainStore). The browser host has none: its key lives in memory only.
 */
export type KeyKeeper = {
  /** Whether the OS can keep a secret here (Linux without a keyring cannot). */
  keychain(): 'available' | 'unavailable';
  /** Whether a key is kept now. */
  kept(): boolean;
  keep(key: string): void;
  forget(): void;
};

export type WorkspaceSwitchOptions = {
  /** The worker already serving the user's own workspace; null: it is encrypted and locked (no key at hand). */
  first: BackendWorker | null;
  /** How that worker was started (or, locked, is to be): a switch back starts the same again. */
  ownOptions: WorkerBackendOptions;
  start(options: WorkerBackendOptions): Promise<BackendWorker>;
  /** The desktop's keychain; absent: the key is never kept (the browser host). */
  keyKeeper?: KeyKeeper;
  /** How long an unlock attempt waits after `failures` wrong passphrases in a row (slows a guesser). */
  unlockDelayMs?: (failures: number) => number;
};

/** No wait for the first three tries, then 1 s, 2 s, 4 s… up to 30 s per try. */
export const defaultUnlockDelayMs = (failures: number): number =>
  failures < 3 ? 0 : Math.min(30_000, 1000 * 2 ** (failures - 3));

type Cause = { code?: unknown; message?: unknown; params?: Record<string, unknown> };

const failureOf = (error: unknown): Envelope<never> => {
  // A worker that could not open reports the core's error as its cause (e.g. CONFLICT: not a sample,
  // DB_ENCRYPTED: the key does not open it); the params say why.
  const cause = (error as { cause?: Cause }).cause;
  const code = ERROR_CODES.find((known) => known === cause?.code);
  if (code !== undefined && typeof cause?.message === 'string') {
    const params = cause.params && typeof cause.params === 'object' ? { params: cause.params } : {};
    return { ok: false, error: { code: code satisfies ErrorCode, message: cause.message, ...params } };
  }
  return { ok: false, error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) } };
};

/** A refusal of the switch itself, shaped as a worker's (see failureOf). */
const refusal = (reason: string, message: string): Error =>
  new Error(message, { cause: { code: 'DB_ENCRYPTED', message, params: { reason } } });

const reasonOf = (error: unknown): unknown => (error as { cause?: Cause }).cause?.params?.reason;

const sameSecret = (given: string | undefined, key: string): boolean => {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(key);
  return a.length === b.length && timingSafeEqual(a, b);
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const LOCKED: Envelope<never> = {
  ok: false,
  error: {
    code: 'DB_ENCRYPTED',
    message: 'The workspace is encrypted: unlock it with its passphrase',
    params: { reason: 'key_required' },
  },
};

/**
 * Serves the backend through whichever worker is current and swaps it for another file on request:
 * the user's own workspace (the file the host started on) or a sample. A new worker is started
 * (and a new sample generated, in that worker's thread) while the old one keeps answering, then
 * calls and push events move over and the old one closes after its in-flight calls. Only when a
 * fresh sample replaces the open one do calls wait, since that file must be closed first. The
 * user's own file is only ever opened by a switch, except by Settings → Security: encrypting,
 * decrypting or changing the passphrase closes it, rewrites it in a new worker's thread (a checked
 * copy swapped in, see changeDatabaseEncryption) and opens it under the new key — or, when that
 * fails, opens the untouched file as it was. Without a key for an encrypted workspace the switch
 * starts locked: every call is refused as DB_ENCRYPTED key_required until `unlock` opens it.
 * Switches run one at a time.
 */
export const createWorkspaceSwitch = ({
  first,
  ownOptions: startedWith,
  start,
  keyKeeper,
  unlockDelayMs = defaultUnlockDelayMs,
}: WorkspaceSwitchOptions): SwitchableBackend => {
  const ownPath = startedWith.dbPath;
  // The own workspace's options: its key changes with an unlock or Settings → Security, the SMTP
  // password while the app runs (a switch back starts with the current ones).
  let ownOptions = startedWith;
  let current: { worker: BackendWorker | null; path: string } = { worker: first, path: ownPath };
  let unlockFailures = 0;
  let gate: Promise<void> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new Set<(event: PushEvent) => void>();
  const relay = (event: PushEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  let detach = first?.subscribe(relay) ?? (() => undefined);

  const serving = async (): Promise<BackendWorker | null> => {
    while (gate) await gate;
    return current.worker;
  };

  const adopt = (worker: BackendWorker, path: string) => {
    detach();
    current = { worker, path };
    detach = worker.subscribe(relay);
    // Everything on screen came from the other file.
    relay({ type: 'data.changed', tables: [...TABLE_NAMES] });
  };

  const sampleOptions = (language: Language, fresh: boolean): WorkerBackendOptions => ({
    dbPath: samplePathFor(ownPath, language),
    platform: ownOptions.platform,
    // A sample is plain, keeps no rolling backups and runs no schedules (no reminders or reports
    // of made-up deals); the host's test clock and report folder belong to the user's workspace.
    key: null,
    autoBackup: false,
    ...(ownOptions.nativeBinding ? { nativeBinding: ownOptions.nativeBinding } : {}),
    sample: { language, fresh },
  });

  /**
   * Closes the open file and starts `options` on the same one (a fresh sample, a rewrite under
   * another key). Calls wait meanwhile. When that start fails, `fallback` is started instead —
   * nobody may be left without a workspace — and the error is passed on.
   */
  const reopen = async (options: WorkerBackendOptions, fallback: WorkerBackendOptions): Promise<void> => {
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    try {
      await current.worker?.close();
      try {
        adopt(await start(options), options.dbPath);
      } catch (error) {
        adopt(await start(fallback), fallback.dbPath);
        throw error;
      }
    } finally {
      gate = null;
      release();
    }
  };

  const open = async (options: WorkerBackendOptions): Promise<void> => {
    if (current.worker === null) throw refusal('key_required', 'The workspace is locked');
    const fresh = options.sample?.fresh === true;
    if (options.dbPath === current.path && !fresh) return;
    if (options.dbPath !== current.path) {
      const worker = await start(options);
      const old = current.worker;
      adopt(worker, options.dbPath);
      await old.close();
      return;
    }
    // A fresh sample in place of the open one: its file must be closed before it is replaced.
    await reopen(options, ownOptions);
  };

  const unlock = async (passphrase: string): Promise<void> => {
    if (current.worker !== null) return;
    // PBKDF2 costs each try ~0.1 s already; after a few wrong ones each further try waits longer.
    const wait = unlockDelayMs(unlockFailures);
    if (wait > 0) await sleep(wait);
    const options = { ...ownOptions, key: passphrase };
    let worker: BackendWorker;
    try {
      worker = await start(options);
    } catch (error) {
      if (reasonOf(error) === 'key_rejected') unlockFailures += 1;
      throw error;
    }
    unlockFailures = 0;
    ownOptions = options;
    adopt(worker, ownPath);
  };

  /** Settings → Security: the own workspace rewritten under `to` (null: decrypted), then reopened. */
  const rekey = async (to: string | null, given: string | undefined, keep: KeyKeeping): Promise<void> => {
    if (current.worker === null) throw refusal('key_required', 'The workspace is locked');
    if (current.path !== ownPath) throw refusal('sample_open', 'A sample workspace is open: go back to your own first');
    const from = ownOptions.key ?? null;
    if (from !== null && !sameSecret(given, from)) {
      throw refusal('key_rejected', 'The current passphrase is not this workspace’s');
    }
    if (to === null && from === null) throw refusal('not_encrypted', 'The workspace is not encrypted');
    if (to !== null && keep === 'keychain' && keyKeeper?.keychain() !== 'available') {
      throw refusal('keychain_unavailable', 'This computer has no keychain to keep the key in');
    }
    // The same passphrase kept elsewhere: nothing to rewrite.
    if (to !== from) {
      const target: WorkerBackendOptions = { ...ownOptions, key: to, rekey: { from } };
      await reopen(target, ownOptions);
      ownOptions = { ...ownOptions, key: to };
    }
    if (!keyKeeper) return;
    if (to !== null && keep === 'keychain') {
      try {
        keyKeeper.keep(to);
      } catch {
        // The file is encrypted under the new passphrase already: it is asked at the next start
        // (the status says the key is not kept), never a stale key left behind.
        keyKeeper.forget();
      }
    } else keyKeeper.forget();
  };

  const status = async (): Promise<WorkspaceStatus> => {
    const samples = LANGUAGES.filter((language) => existsSync(samplePathFor(ownPath, language)));
    const keychain = keyKeeper?.keychain() ?? null;
    if (current.worker === null) {
      return { open: 'own', language: null, samples, encrypted: true, locked: true, keeping: null, keychain };
    }
    const info = await current.worker.dispatch('app.info', {});
    const sample = info.ok ? (info.value as AppInfo).sample : null;
    const encrypted = (ownOptions.key ?? null) !== null;
    return {
      open: sample ? 'sample' : 'own',
      language: sample?.language ?? null,
      samples,
      encrypted,
      locked: false,
      keeping: encrypted ? (keyKeeper?.kept() ? 'keychain' : 'passphrase') : null,
      keychain,
    };
  };

  const run = async (request: WorkspaceRequest & { fresh?: boolean }): Promise<WorkspaceStatus> => {
    if (request.action === 'openOwn') await open(ownOptions);
    if (request.action === 'openSample') await open(sampleOptions(request.language, request.fresh === true));
    if (request.action === 'unlock') await unlock(request.passphrase);
    if (request.action === 'encrypt') await rekey(request.passphrase, request.current, request.keep ?? 'passphrase');
    if (request.action === 'decrypt') await rekey(null, request.current, 'passphrase');
    return status();
  };

  return {
    dispatch: async (method, input) => (await serving())?.dispatch(method, input) ?? LOCKED,
    setReportFolder: async (folder) => (await serving())?.setReportFolder(folder) ?? LOCKED,
    setSmtpPassword: async (password) => {
      if (ownOptions.keychainSmtpPassword !== undefined) ownOptions = { ...ownOptions, keychainSmtpPassword: password };
      return (await serving())?.setSmtpPassword(password) ?? LOCKED;
    },
    setSyncFolder: async (folder) => (await serving())?.setSyncFolder(folder) ?? LOCKED,
    setHubPassword: async (password) => {
      if (ownOptions.keychainHubPassword !== undefined) ownOptions = { ...ownOptions, keychainHubPassword: password };
      return (await serving())?.setHubPassword(password) ?? LOCKED;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    currentPath: () => current.path,
    workspace(request) {
      const parsed = workspaceRequestSchema.safeParse(request);
      if (!parsed.success) {
        return Promise.resolve({ ok: false, error: { code: 'BAD_INPUT', message: 'Not a workspace request' } });
      }
      const result = queue.then(() => run(parsed.data));
      queue = result.catch(() => undefined);
      return result.then((value): Envelope<WorkspaceStatus> => ({ ok: true, value }), failureOf);
    },
    async close() {
      await queue;
      while (gate) await gate;
      detach();
      listeners.clear();
      await current.worker?.close();
    },
  };
};
