import type { Backend } from '../../src-main/core/createBackend';
import type { ApplyReport } from '../../src-main/core/sync/applySyncMessages';
import {
  coverageFor,
  readMessagesMissing,
  readVersionVector,
  type SyncCoverage,
} from '../../src-main/core/sync/changeLogStore';
import { readOverrides, type SenderKnowledge } from '../../src-main/core/sync/conflicts/detectConflicts';
import { receiveSyncMessages } from '../../src-main/core/sync/receiveSyncMessages';
import { SYNCED_TABLES } from '../../src-main/core/sync/SYNCED_TABLES';
import type { SyncMessage } from '../../src-main/core/sync/SyncMessage';

type Peer = Pick<Backend, 'db' | 'runLocal'>;

/** What `to` lacks of what `from` holds (by `to`'s version vector). */
export const messagesFor = (from: Peer, to: Peer): SyncMessage[] => [
  ...readMessagesMissing(from.db, { has: readVersionVector(to.db) }),
];

/** What the sender knows, as a transport sends it with a batch (for telling concurrent changes). */
export const senderKnowledge = (from: Peer): SenderKnowledge => ({
  vector: readVersionVector(from.db),
  overrides: readOverrides(from.db),
});

/**
 * What `to` lacks, with what the batch covers whole (so `to`'s version vector moves by it) and
 * what the sender knew.
 */
export const batchFor = (
  from: Peer,
  to: Peer,
): { messages: SyncMessage[]; coverage: SyncCoverage; sender: SenderKnowledge } => {
  const has = readVersionVector(to.db);
  const coverage = coverageFor(from.db, has);
  return { messages: [...readMessagesMissing(from.db, { has })], coverage, sender: senderKnowledge(from) };
};

/** Applies messages on a peer through the core, as a transport does. */
export const deliver = (
  to: Peer,
  messages: Iterable<SyncMessage>,
  coverage?: SyncCoverage,
  sender?: SenderKnowledge,
): Promise<ApplyReport> => to.runLocal(async (ctx) => receiveSyncMessages(ctx, messages, coverage, sender));

/** Sends `to` what it lacks of `from`, as one whole batch. */
export const syncTo = async (from: Peer, to: Peer): Promise<ApplyReport> => {
  const batch = batchFor(from, to);
  return deliver(to, batch.messages, batch.coverage, batch.sender);
};

/** Both directions: afterwards each holds what either held. */
export const syncBoth = async (a: Peer, b: Peer): Promise<void> => {
  await syncTo(a, b);
  await syncTo(b, a);
};

/** Every synced table's rows in id order, as text: equal snapshots mean byte-identical tables. */
export const businessSnapshot = (peer: Pick<Backend, 'db'>): Record<string, string> => {
  const snapshot: Record<string, string> = {};
  for (const table of SYNCED_TABLES) {
    const rows = peer.db.sqlite.prepare(`SELECT * FROM "${table}" ORDER BY id`).raw().all();
    snapshot[table] = JSON.stringify(rows);
  }
  return snapshot;
};
