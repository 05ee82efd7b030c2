export type CellValue = string | number | null;

/** One message of a row as the fold needs it: its stamp (an HLC string), wall time and cells. */
export type RowMessage = { stamp: string; at: number; cells: Readonly<Record<string, CellValue>> };

export type FoldedRow = {
  /** Each cell's value from the newest message that carries it. */
  cells: Record<string, CellValue>;
  /** The stamp each cell's value came from. */
  stamps: Record<string, string>;
  /** The latest wall time among the messages: the row's `updated_at` on every device. */
  lastAt: number;
};

/**
 * A row's state as a pure function of the set of its messages: per-cell last-writer-wins by
 * stamp. Replaying in stamp order makes the newest message carrying a cell decide it; a message
 * carries whole merge units (mergeUnitOf), so a unit always comes from one message. The result
 * does not depend on the order or repetition of the messages given, which is what lets devices
 * that received the same messages in different orders hold byte-identical rows.
 */
export const foldRowMessages = (messages: readonly RowMessage[]): FoldedRow => {
  const ordered = [...messages].sort((a, b) => (a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : 0));
  const cells: Record<string, CellValue> = {};
  const stamps: Record<string, string> = {};
  let lastAt = 0;
  for (const message of ordered) {
    for (const [column, value] of Object.entries(message.cells)) {
      cells[column] = value;
      stamps[column] = message.stamp;
    }
    if (message.at > lastAt) lastAt = message.at;
  }
  return { cells, stamps, lastAt };
};
