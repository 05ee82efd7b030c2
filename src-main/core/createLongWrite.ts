import type { ChangeWriter } from './changes/ChangeWriter';

/**
 * How long a step of a long write may hold the event loop before it lets other calls in: a call
 * made during an import waits this long at most before it runs (a `deals.list` within its 50 ms
 * budget, with room for the list itself and a collection), for about 1% more time per import.
 */
export const STEP_MS = 8;

/** What a long write's work gets: `step()` yields to the event loop when the time slice is used up. */
export type LongWriteStep = () => Promise<void>;

export type LongWrite = {
  /** True while a long write (an import) runs: other writes are refused, reads go on. */
  active(): boolean;
  /** True while its transaction is open (reads then use the read-only connection, when there is one). */
  inTransaction(): boolean;
  /** Asks the running long write to stop; false when none runs. */
  cancel(): boolean;
  /** Runs `work` as the one long write; it reads `cancelled()` between rows. */
  run<T>(work: (cancelled: () => boolean) => Promise<T>): Promise<T>;
  /** Marks the span of the hand-opened transaction. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
};

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A step function that yields every STEP_MS of work (cheap to call per row). */
export const createStepper = (sliceMs = STEP_MS): LongWriteStep => {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await yieldToEventLoop();
    sliceStart = performance.now();
  };
};

export const createLongWrite = (): LongWrite => {
  let running = false;
  let open = false;
  let cancelRequested = false;
  return {
    active: () => running,
    inTransaction: () => open,
    cancel() {
      if (!running) return false;
      cancelRequested = true;
      return true;
    },
    async run(work) {
      running = true;
      cancelRequested = false;
      try {
        return await work(() => cancelRequested);
      } finally {
        running = false;
        cancelRequested = false;
      }
    },
    async transaction(work) {
      open = true;
      try {
        return await work();
      } finally {
        open = false;
      }
    },
  };
};

export type StepWrite = <T>(work: (writer: ChangeWriter, now: number, step: LongWriteStep) => Promise<T>) => Promise<T>;
