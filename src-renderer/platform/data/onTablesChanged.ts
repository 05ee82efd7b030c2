import type { PushEvent } from '@shared/contract/pushEvents';
import type { TableName } from '@shared/contract/tableNames';

type Subscribable = { subscribe(listener: (event: PushEvent) => void): () => void };

/**
 * Calls `callback` when a `data.changed` event touches any of `tables`. Bursts (a bulk import
 * commits many mutations) are coalesced into one call after `delayMs`, so a view refetches once.
 */
export const onTablesChanged = (
  source: Subscribable,
  tables: readonly TableName[],
  callback: () => void,
  delayMs = 30,
): (() => void) => {
  const watched = new Set(tables);
  let timer: ReturnType<typeof setTimeout> | null = null;
  const unsubscribe = source.subscribe((event) => {
    if (event.type !== 'data.changed' || !event.tables.some((table) => watched.has(table))) return;
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      callback();
    }, delayMs);
  });
  return () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    unsubscribe();
  };
};
