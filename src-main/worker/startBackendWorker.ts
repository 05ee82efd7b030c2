import type { Envelope } from '@shared/contract/envelope';
import type { MigrationProgress } from '../core/db/MigrationProgress';
import type { PushEvent } from '@shared/contract/pushEvents';
import type { Language } from '@shared/contract/schemas/common';
import type { BackendOptions } from '../core/createBackend';
import { spawnWorkerThread } from '../core/spawnWorkerThread';
import { type HostMessage, parseWorkerMessage, type WorkerMessage } from './workerProtocol';

/** The backend as a host sees it: the same dispatch and events as the core, one thread away. */
export type BackendWorker = {
  dispatch(method: string, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
  /** Where scheduled reports go, as main's folder dialog chose (null: the default): see Backend.setReportFolder. */
  setReportFolder(folder: string | null): Promise<Envelope<unknown>>;
  /** A new SMTP password main stored with the keychain: see Backend.setSmtpPassword. */
  setSmtpPassword(password: string | null): Promise<Envelope<unknown>>;
  /** A new hub password main stored with the keychain: see Backend.setHubPassword. */
  setHubPassword(password: string | null): Promise<Envelope<unknown>>;
  /** The shared sync folder, as main's folder dialog chose (null: none): see Backend.setSyncFolder. */
  setSyncFolder(folder: string | null): Promise<Envelope<unknown>>;
  /** Waits for in-flight calls, closes the database (checkpointing the WAL), ends the thread. */
  close(): Promise<void>;
};

/**
 * What a worker is started with: the backend's options (a clock cannot cross the thread boundary;
 * the worker uses the system clock), and for a sample workspace its language and whether to remake it.
 */
export type WorkerBackendOptions = Omit<BackendOptions, 'clock'> & {
  sample?: { language: Language; fresh: boolean };
  /** Rewrite the file from this key to `key` before opening it (Settings → Security; null: it is plain). */
  rekey?: { from: string | null };
};

export type StartBackendWorkerOptions = {
  /** out/main/worker.js, or src-main/worker/worker.ts when running from source (tsx). */
  workerPath: string | URL;
  options: WorkerBackendOptions;
  /** Extra Node flags for the thread. */
  execArgv?: string[];
  /** How long close() waits for the worker to finish its calls before terminating it. */
  closeTimeoutMs?: number;
  /** Told when the thread dies of an uncaught error (the host writes it to the error log). */
  onCrash?: (error: Error) => void;
  /** Told, before it resolves, how far the upgrade of the file is (the host's opening page). */
  onOpening?: (progress: MigrationProgress) => void;
};

type Pending = (envelope: Envelope<unknown>) => void;

const internal = (message: string): Envelope<never> => ({ ok: false, error: { code: 'INTERNAL', message } });

/**
 * Starts the backend in a worker thread. Resolves once the database is open and migrated; rejects
 * if opening fails (e.g. a file from a newer app version) or the thread dies first. After a crash
 * every pending and later call resolves to an INTERNAL error envelope, so callers never hang.
 */
export const startBackendWorker = ({
  workerPath,
  options,
  execArgv,
  closeTimeoutMs = 10_000,
  onCrash,
  onOpening,
}: StartBackendWorkerOptions): Promise<BackendWorker> =>
  new Promise((resolve, reject) => {
    const worker = spawnWorkerThread(workerPath, { workerData: options, ...(execArgv ? { execArgv } : {}) });
    const pending = new Map<number, Pending>();
    const listeners = new Set<(event: PushEvent) => void>();
    let nextId = 1;
    let ready = false;
    let deadReason: string | null = null;
    let closed: Promise<void> | null = null;
    let onClosed: (() => void) | null = null;

    const die = (reason: string) => {
      if (deadReason !== null) return;
      deadReason = reason;
      for (const settle of pending.values()) settle(internal(reason));
      pending.clear();
      listeners.clear();
      onClosed?.();
    };

    const send = (message: HostMessage) => worker.postMessage(message);

    const request = (message: (id: number) => HostMessage): Promise<Envelope<unknown>> => {
      if (deadReason !== null) return Promise.resolve(internal(deadReason));
      if (closed) return Promise.resolve(internal('The backend is closing'));
      const id = nextId++;
      return new Promise((settle) => {
        pending.set(id, settle);
        try {
          send(message(id));
        } catch (error) {
          // A value that cannot be cloned (a function, a class instance with private state…).
          pending.delete(id);
          settle({ ok: false, error: { code: 'BAD_INPUT', message: `Input cannot be sent: ${String(error)}` } });
        }
      });
    };

    const dispatch = (method: string, input: unknown) => request((id) => ({ type: 'call', id, method, input }));

    const backend: BackendWorker = {
      dispatch,
      setReportFolder: (folder) => request((id) => ({ type: 'reportFolder', id, folder })),
      setSmtpPassword: (password) => request((id) => ({ type: 'smtpPassword', id, password })),
      setSyncFolder: (folder) => request((id) => ({ type: 'syncFolder', id, folder })),
      setHubPassword: (password) => request((id) => ({ type: 'hubPassword', id, password })),
      subscribe(listener) {
        if (deadReason !== null) return () => {};
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close() {
        closed ??= new Promise<void>((done) => {
          if (deadReason !== null) return done();
          const timer = setTimeout(() => void worker.terminate(), closeTimeoutMs);
          onClosed = () => {
            clearTimeout(timer);
            done();
          };
          send({ type: 'close' });
        });
        return closed;
      },
    };

    const handle = (message: WorkerMessage) => {
      switch (message.type) {
        case 'ready':
          ready = true;
          return resolve(backend);
        case 'opening':
          return onOpening?.(message.progress);
        case 'fatal':
          die(message.error.message);
          void worker.terminate();
          return reject(new Error(`Cannot open the database: ${message.error.message}`, { cause: message.error }));
        case 'result': {
          const settle = pending.get(message.id);
          pending.delete(message.id);
          return settle?.(message.envelope);
        }
        case 'event':
          for (const listener of listeners) listener(message.event);
          return;
        case 'closed':
          die('The backend is closed');
          void worker.terminate();
          return;
      }
    };

    worker.on('message', (raw: unknown) => {
      const message = parseWorkerMessage(raw);
      if (message) handle(message);
    });
    worker.on('error', (error) => {
      onCrash?.(error);
      die(`The backend crashed: ${error.message}`);
      if (!ready) reject(new Error(`The backend worker failed to start: ${error.message}`, { cause: error }));
    });
    worker.on('exit', (code) => {
      die(`The backend stopped (exit code ${code})`);
      if (!ready) reject(new Error(`The backend worker exited before it was ready (exit code ${code})`));
    });
  });
