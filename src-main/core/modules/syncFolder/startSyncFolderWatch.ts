import { type FSWatcher, watch } from 'node:fs';
import type { PushEvent } from '@shared/contract/pushEvents';
import type { MethodOutput } from '@shared/contract/contract';
import type { Dispatch } from '../../createRouter';
import { SYNCED_TABLES } from '../../sync/SYNCED_TABLES';

/** The timer looks this often whether the interval has passed (the handler decides; one row read). */
const TIMER_MS = 5_000;
const START_DELAY_MS = 2_000;
/** A syncing tool drops many files at once: one run after they stop arriving. */
const CHANGE_DEBOUNCE_MS = 1_500;
/** Typing in a form writes on each field: one run after the burst. */
const WRITE_DEBOUNCE_MS = 3_000;

type Trigger = 'timer' | 'change' | 'write';
type Tick = MethodOutput<'syncFolder.tick'>;

const synced = new Set<string>(SYNCED_TABLES);

/**
 * Runs the shared folder's exchange on a timer, on a change in the folder (fs.watch, debounced) and
 * after writes on this device (debounced), each through `syncFolder.tick` in the write queue. The
 * watch is a hint only: on a network share or some cloud drives it never fires, and the timer
 * still runs. Timers never keep the process alive on their own.
 */
export const startSyncFolderWatch = (
  dispatch: Dispatch,
  events: { subscribe(listener: (event: PushEvent) => void): () => void },
): { stop(): Promise<void> } => {
  let running: Promise<unknown> = Promise.resolve();
  let inFlight = false;
  let stopped = false;
  let watcher: { folder: string; handle: FSWatcher } | null = null;
  const pending = new Map<Trigger, ReturnType<typeof setTimeout>>();

  const closeWatcher = () => {
    watcher?.handle.close();
    watcher = null;
  };

  const follow = (tick: Tick) => {
    const wanted = tick.enabled ? tick.folder : null;
    if (watcher?.folder === wanted) return;
    closeWatcher();
    if (wanted === null || stopped) return;
    const onChange = (_event: string, name: string | Buffer | null) => {
      // This device's own files (and their temporary names) are its own doing.
      if (typeof name === 'string' && name.startsWith(tick.deviceId)) return;
      later('change', CHANGE_DEBOUNCE_MS);
    };
    try {
      let handle: FSWatcher;
      try {
        handle = watch(wanted, { recursive: true, persistent: false }, onChange);
      } catch {
        // No recursive watch here: new device folders at least, the timer for the rest.
        handle = watch(wanted, { persistent: false }, onChange);
      }
      handle.on('error', closeWatcher);
      watcher = { folder: wanted, handle };
    } catch {
      // A folder that cannot be watched (missing, a share): the timer alone.
    }
  };

  const tick = (trigger: Trigger) => {
    if (stopped) return;
    inFlight = true;
    running = dispatch('syncFolder.tick', { trigger })
      .then((envelope) => {
        if (envelope.ok) follow(envelope.value as Tick);
      })
      .finally(() => {
        inFlight = false;
      });
  };

  function later(trigger: Trigger, ms: number) {
    clearTimeout(pending.get(trigger));
    const timer = setTimeout(() => {
      pending.delete(trigger);
      // A run in progress: look again after it (its own writes wake nothing).
      void running.then(() => tick(trigger));
    }, ms);
    timer.unref?.();
    pending.set(trigger, timer);
  }

  const unsubscribe = events.subscribe((event) => {
    // The exchange's own writes (peers' changes applied) are not this device's to send.
    if (inFlight || event.type !== 'data.changed') return;
    if (event.tables.some((table) => synced.has(table))) later('write', WRITE_DEBOUNCE_MS);
  });
  const first = setTimeout(() => tick('timer'), START_DELAY_MS);
  const timer = setInterval(() => {
    if (!inFlight) tick('timer');
  }, TIMER_MS);
  first.unref?.();
  timer.unref?.();
  return {
    /** Stops the timers and the watch and waits for a run in progress. */
    async stop() {
      stopped = true;
      unsubscribe();
      clearTimeout(first);
      clearInterval(timer);
      for (const pendingTimer of pending.values()) clearTimeout(pendingTimer);
      closeWatcher();
      await running.catch(() => {});
    },
  };
};
