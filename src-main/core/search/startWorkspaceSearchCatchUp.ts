import type { PushEvent } from '@shared/contract/pushEvents';
import type { LongWrite } from '../createLongWrite';
import type { Db } from '../db/Db';
import type { ErrorLog } from '../diagnostics/createErrorLog';
import { catchUpSearchStep } from './catchUpSearchStep';
import { hasSearchBacklog } from './searchBacklog';
import { type SearchCatchUp, startSearchCatchUp } from './startSearchCatchUp';

/**
 * The workspace's search catch-up: the entries a long write left for after its commit (a whole
 * workspace's bundle, a large file) written in short write transactions between other calls,
 * never inside an import's open transaction; started now if the file holds a backlog (a quit or
 * a crash before it was done). Its end is a `data.changed` of `search_index`; a failing step is
 * tried again, and the error log gets one line per run of failures.
 */
export const startWorkspaceSearchCatchUp = (deps: {
  db: Db;
  longWrite: LongWrite;
  writeTransaction: <T>(work: () => T) => T;
  emit: (event: PushEvent) => void;
  errorLog: () => ErrorLog | null;
}): SearchCatchUp => {
  let failing = false;
  const catchUp = startSearchCatchUp(() => {
    if (deps.longWrite.inTransaction()) return 'busy';
    try {
      const more = deps.writeTransaction(() => catchUpSearchStep(deps.db));
      failing = false;
      if (more) return 'more';
    } catch (error) {
      if (!failing) deps.errorLog()?.backgroundFailed('search-catch-up', error);
      failing = true;
      return 'busy';
    }
    deps.emit({ type: 'data.changed', tables: ['search_index'] });
    return 'done';
  });
  if (hasSearchBacklog(deps.db)) catchUp.kick();
  return catchUp;
};
