import type { SqlValue } from '../changes/ChangeWriter';

/**
 * One message of the sync feed, independent of how the change log stores it: one write of one
 * row by one device (an insert carries all the row's cells, an update the cells it changed with
 * their whole merge units), under one HLC stamp. Transports (bundle files, a shared folder, the
 * team hub) carry these and only these; `readRowMessages`, `readMessagesMissing` and
 * `appendSyncMessage` are the storage behind them and may change without touching a transport.
 */
export type SyncMessage = {
  /** The stamp: an HLC string, unique per message, sorting in causal order. */
  hlc: string;
  /** The origin device (relays keep it). */
  device: string;
  /** The user who made the change on the origin device. */
  actor: string | null;
  /** The origin's wall time of the write (ms); null in logs older than schema 5. */
  at: number | null;
  table: string;
  rowId: string;
  cells: Record<string, SqlValue>;
  /** The schema version of the device that wrote it: a newer one waits for this device's upgrade. */
  schema: number;
};
