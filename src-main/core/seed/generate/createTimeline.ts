import type { SyncedTable } from '../../db/schema';
import type { SeedRow } from './BulkWriter';

type Entry = { at: number; seq: number; table: SyncedTable; row: SeedRow<SyncedTable> };

/**
 * Rows waiting to be written in the order things happened (time, then the order they were
 * made): a binary min-heap. Writing in time order makes every UUIDv7 id, and so every id index
 * and the change log's (tbl, row_id, hlc) index, grow at its right edge — the app would write
 * them in that order too.
 */
export type Timeline = {
  push<T extends SyncedTable>(at: number, table: T, row: SeedRow<T>): void;
  /** Removes and yields, in order, every row stamped at or before `at`. */
  drainUntil(at: number): Generator<{ table: SyncedTable; row: SeedRow<SyncedTable> }>;
  readonly size: number;
};

const before = (a: Entry, b: Entry): boolean => a.at < b.at || (a.at === b.at && a.seq < b.seq);

export const createTimeline = (): Timeline => {
  const heap: Entry[] = [];
  let seq = 0;
  const swap = (i: number, j: number) => {
    const item = heap[i] as Entry;
    heap[i] = heap[j] as Entry;
    heap[j] = item;
  };
  const up = (start: number) => {
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!before(heap[index] as Entry, heap[parent] as Entry)) return;
      swap(index, parent);
      index = parent;
    }
  };
  const down = () => {
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      if (left < heap.length && before(heap[left] as Entry, heap[smallest] as Entry)) smallest = left;
      if (right < heap.length && before(heap[right] as Entry, heap[smallest] as Entry)) smallest = right;
      if (smallest === index) return;
      swap(index, smallest);
      index = smallest;
    }
  };
  const pop = (): Entry => {
    const top = heap[0] as Entry;
    const last = heap.pop() as Entry;
    if (heap.length > 0) {
      heap[0] = last;
      down();
    }
    return top;
  };
  return {
    push(at, table, row) {
      heap.push({ at, seq: seq++, table, row: row as unknown as SeedRow<SyncedTable> });
      up(heap.length - 1);
    },
    *drainUntil(at) {
      while (heap.length > 0 && (heap[0] as Entry).at <= at) {
        const { table, row } = pop();
        yield { table, row };
      }
    },
    get size() {
      return heap.length;
    },
  };
};
