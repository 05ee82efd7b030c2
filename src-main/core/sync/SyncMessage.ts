import type { Hlc } from '@shared/domain/hlc';
import type { SqlValue } from '../changes/ChangeWriter';

/**
 * One message of the sync feed, independent of how the change log stores it: one write of one
 * row by one device (an insert carries all the row's cells, an update the cells it changed with
 * their whole merge units), under one HLC stamp. A shared folder and the team hub carry these;
 * bundle files (format 2) carry their stored form (`LoggedMessage`, below), which changes with the
 * change log's packing (a file lists the column numbering it used). `readRowMessages`,
 * `readMessagesMissing` and `readLoggedMissing` are the storage behind them.
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

/**
 * A message as the change log stores it: its stamp's parts and its cells packed (`packCells`).
 * A bundle carries these as they are (format 2), so neither its maker nor its receiver turns a
 * million and a half messages' cells into objects and back into bytes to move them.
 */
export type LoggedMessage = Omit<SyncMessage, 'hlc' | 'cells'> & { stamp: Hlc; cells: Buffer };

/**
 * A message as received: with its stored form at hand when it came packed (a format 2 bundle's),
 * so it is stored as it came instead of packed again. Never kept beyond the batch (parked
 * messages are kept as plain `SyncMessage`s).
 */
export type ReceivedMessage = SyncMessage & { stored?: { stamp: Hlc; cells: Buffer } };
