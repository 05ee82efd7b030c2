import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ERROR_CODES, type Envelope, type ErrorCode } from '@shared/contract/envelope';
import type { PushEvent } from '@shared/contract/pushEvents';
import type { AppInfo } from '@shared/contract/schemas/app';
import type { Language } from '@shared/contract/schemas/common';
import { TABLE_NAMES } from '@shared/contract/tableNames';
import { type WorkspaceRequest, workspaceRequestSchema, type WorkspaceStatus } from '@shared/contract/workspaceSwitch';
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

export type WorkspaceSwitchOptions = {
  /** The worker already serving the user's own workspace. */
  first: BackendWorker;
  /** How that worker was started: a switch back starts the same again. */
  ownOptions: WorkerBackendOptions;
  start(options: WorkerBackendOptions): Promise<BackendWorker>;
};

const failureOf = (error: unknown): Envelope<never> => {
  // A worker that could not open reports the core's error as its cause (e.g. CONFLICT: not a sample).
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const code = ERROR_CODES.find((known) => known === cause?.code);
  if (code !== undefined && typeof cause?.message === 'string') {
    return { ok: false, error: { code: code satisfies ErrorCode, message: cause.message } };
  }
  return { ok: false, error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) } };
};

/**
 * Serves the backend through whichever worker is current and swaps it for another file on request:
 * the user's own workspace (the file the host started on) or a sample. A new worker is started
 * (and a new sample generated, in that worker's thread) while the old one keeps answering, then
 * calls and push events move over and the old one closes after its in-flight calls. Only when a
 * fresh sample replaces the open one do calls wait, since that file must be closed first. The
 * user's own file is only ever opened, never written by a switch. Switches run one at a time.
 */
export const createWorkspaceSwitch = ({
  first,
  ownOptions: startOptions,
  start,
}: WorkspaceSwitchOptions): SwitchableBackend => {
  // The SMTP password may change while the app runs: a switch back starts with the current one.
  let ownOptions = startOptions;
  const ownPath = ownOptions.dbPath;
  let current = { worker: first, path: ownPath };
  let gate: Promise<void> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new Set<(event: PushEvent) => void>();
  const relay = (event: PushEvent) => {
    for (const listener of [...listeners]) listener(event);
  };
  let detach = first.subscribe(relay);

  const serving = async (): Promise<BackendWorker> => {
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

  const open = async (options: WorkerBackendOptions): Promise<void> => {
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
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    try {
      await current.worker.close();
      try {
        adopt(await start(options), options.dbPath);
      } catch (error) {
        // Nobody may be left without a workspace: back to the user's own.
        adopt(await start(ownOptions), ownPath);
        throw error;
      }
    } finally {
      gate = null;
      release();
    }
  };

  const status = async (): Promise<WorkspaceStatus> => {
    const info = await current.worker.dispatch('app.info', {});
    const sample = info.ok ? (info.value as AppInfo).sample : null;
    return {
      open: sample ? 'sample' : 'own',
      language: sample?.language ?? null,
      samples: LANGUAGES.filter((language) => existsSync(samplePathFor(ownPath, language))),
    };
  };

  const run = async (request: WorkspaceRequest & { fresh?: boolean }): Promise<WorkspaceStatus> => {
    if (request.action === 'openOwn') await open(ownOptions);
    if (request.action === 'openSample') await open(sampleOptions(request.language, request.fresh === true));
    return status();
  };

  return {
    dispatch: async (method, input) => (await serving()).dispatch(method, input),
    setReportFolder: async (folder) => (await serving()).setReportFolder(folder),
    setSmtpPassword: async (password) => {
      if (ownOptions.keychainSmtpPassword !== undefined) ownOptions = { ...ownOptions, keychainSmtpPassword: password };
      return (await serving()).setSmtpPassword(password);
    },
    setSyncFolder: async (folder) => (await serving()).setSyncFolder(folder),
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
      await current.worker.close();
    },
  };
};
