import { HubError, type HubErrorReason, isConnectionError, toHubError } from './HubError';
import type { HubSyncOptions, HubSyncReport } from './syncWithHub';

type Progress = Parameters<NonNullable<HubSyncOptions['onProgress']>>[0];

export type HubRunnerState =
  /** Waiting for the timer or a change. */
  | 'idle'
  | 'syncing'
  /** The hub cannot be reached: retried with growing pauses; work goes on offline. */
  | 'offline'
  /** The hub refused (login, membership, schema): retried rarely, the user must act. */
  | 'error'
  /** The user stopped a sync: nothing runs until they resume (it continues where it stopped). */
  | 'paused'
  | 'stopped';

export type HubRunnerStatus = {
  state: HubRunnerState;
  lastSyncAt: number | null;
  lastError: { reason: HubErrorReason; params: Record<string, string | number> } | null;
  progress: Progress | null;
  nextAttemptAt: number | null;
  /** The last successful sync's figures. */
  last: { pushed: number; rejected: number; received: number; applied: number } | null;
};

export type Timers = {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
};

export type HubSyncRunner = {
  start(): void;
  stop(): void;
  /** Syncs now (also resumes a paused sync). */
  syncNow(): void;
  /** Stops the running sync; what it applied stays, the next one continues from there. */
  cancel(): void;
  /** A local change was committed: it goes out shortly. */
  notifyChange(): void;
  status(): HubRunnerStatus;
  subscribe(listener: (status: HubRunnerStatus) => void): () => void;
  /** Resolves when the running sync (if any) has settled (tests, shutdown). */
  idle(): Promise<void>;
};

export type HubSyncRunnerOptions = {
  sync(signal: AbortSignal, onProgress: (progress: Progress) => void): Promise<HubSyncReport>;
  now(): number;
  /** Between syncs while nothing changes (default 60 s). */
  intervalMs?: number;
  /** From a local change to its push (default 2 s): a burst of edits goes in one sync. */
  changeDelayMs?: number;
  /** First pause after the hub could not be reached (default 5 s), doubling up to maxBackoffMs (default 5 min). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  timers?: Timers;
};

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Keeps a device in step with its hub in the background (DESIGN §7): a sync on start, on a timer
 * and shortly after local changes; while the hub is unreachable it backs off (5 s, 10 s, … 5 min)
 * and the app keeps working offline. Its status (state, progress, last sync, the error in words
 * the UI translates) is what the sync status UI shows.
 */
export const createHubSyncRunner = (options: HubSyncRunnerOptions): HubSyncRunner => {
  const timers = options.timers ?? realTimers;
  const intervalMs = options.intervalMs ?? 60_000;
  const changeDelayMs = options.changeDelayMs ?? 2_000;
  const minBackoffMs = options.minBackoffMs ?? 5_000;
  const maxBackoffMs = options.maxBackoffMs ?? 300_000;
  const listeners = new Set<(status: HubRunnerStatus) => void>();
  let status: HubRunnerStatus = {
    state: 'stopped',
    lastSyncAt: null,
    lastError: null,
    progress: null,
    nextAttemptAt: null,
    last: null,
  };
  let timer: unknown = null;
  let controller: AbortController | null = null;
  let running: Promise<void> = Promise.resolve();
  let failures = 0;
  let changedWhileSyncing = false;

  const update = (change: Partial<HubRunnerStatus>) => {
    status = { ...status, ...change };
    for (const listener of listeners) listener(status);
  };

  const schedule = (ms: number) => {
    if (timer !== null) timers.clear(timer);
    timer = timers.set(() => {
      timer = null;
      run();
    }, ms);
    update({ nextAttemptAt: options.now() + ms });
  };

  const unschedule = () => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    update({ nextAttemptAt: null });
  };

  const settle = (error: unknown) => {
    const hubError = error instanceof HubError ? error : toHubError(error);
    const lastError = { reason: hubError.reason, params: hubError.params };
    if (hubError.reason === 'cancelled') {
      update({ state: 'paused', progress: null, lastError: null });
      return;
    }
    failures += 1;
    if (isConnectionError(hubError)) {
      update({ state: 'offline', progress: null, lastError });
      schedule(Math.min(maxBackoffMs, minBackoffMs * 2 ** (failures - 1)));
      return;
    }
    update({ state: 'error', progress: null, lastError });
    schedule(maxBackoffMs);
  };

  const run = () => {
    if (status.state === 'syncing' || status.state === 'stopped') return;
    unschedule();
    changedWhileSyncing = false;
    const current = new AbortController();
    controller = current;
    update({ state: 'syncing', progress: null });
    running = options
      .sync(current.signal, (progress) => update({ progress }))
      .then(
        (report) => {
          failures = 0;
          update({
            state: 'idle',
            progress: null,
            lastError: null,
            lastSyncAt: options.now(),
            last: {
              pushed: report.push.pushed,
              rejected: report.push.rejected,
              received: report.pull.received,
              applied: report.pull.applied,
            },
          });
          schedule(changedWhileSyncing ? changeDelayMs : intervalMs);
        },
        (error: unknown) => {
          if (status.state === 'stopped') return;
          settle(current.signal.aborted ? new HubError('cancelled', 'Sync cancelled') : error);
        },
      )
      .finally(() => {
        if (controller === current) controller = null;
      });
  };

  return {
    start() {
      if (status.state !== 'stopped') return;
      update({ state: 'idle' });
      run();
    },
    stop() {
      unschedule();
      controller?.abort();
      update({ state: 'stopped', progress: null });
    },
    syncNow() {
      if (status.state === 'stopped') return;
      if (status.state === 'syncing') {
        changedWhileSyncing = true;
        return;
      }
      failures = 0;
      update({ state: 'idle' });
      run();
    },
    cancel() {
      if (status.state === 'syncing') controller?.abort();
      else if (status.state !== 'stopped') {
        unschedule();
        update({ state: 'paused' });
      }
    },
    notifyChange() {
      if (status.state === 'syncing') changedWhileSyncing = true;
      // Offline or refused: the backoff's next attempt carries it; paused: the user resumes.
      if (status.state !== 'idle') return;
      const due = options.now() + changeDelayMs;
      if (status.nextAttemptAt === null || status.nextAttemptAt > due) schedule(changeDelayMs);
    },
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    idle: () => running,
  };
};
