import type { TimelineEntryOut } from '@shared/contract/schemas/history';

/** A timeline entry plus, for a loss, the reason and note written with it. */
export type FoldedEntry<E extends TimelineEntryOut = TimelineEntryOut> = {
  entry: E;
  lossReasonId?: unknown;
  lossNote?: unknown;
};

const LOSS_FIELDS = new Set(['lossReasonId', 'lossNote']);

/**
 * How far apart the transition's time and its columns' change-log times may be: both come from the
 * same transaction, but the log's hybrid clock may be a millisecond or two ahead.
 */
const SAME_WRITE_MS = 50;

const isLossField = (entry: TimelineEntryOut, at: number) =>
  entry.kind === 'field' && Math.abs(entry.at - at) <= SAME_WRITE_MS && LOSS_FIELDS.has(entry.field);

/**
 * The loss reason and note are columns written in the same transaction as the "lost" transition,
 * and cleared by a reopen: they read as part of that line rather than as separate field edits.
 */
export const foldTimeline = <E extends TimelineEntryOut>(entries: readonly E[]): FoldedEntry<E>[] => {
  const folded: FoldedEntry<E>[] = [];
  const absorbed = new Set<TimelineEntryOut>();
  for (const entry of entries) {
    if (entry.kind !== 'stage' || (entry.toStatus !== 'lost' && entry.fromStatus !== 'lost')) continue;
    for (const other of entries) if (isLossField(other, entry.at)) absorbed.add(other);
  }
  for (const entry of entries) {
    if (absorbed.has(entry)) continue;
    if (entry.kind === 'stage' && entry.toStatus === 'lost') {
      const fields = entries.filter((other) => isLossField(other, entry.at));
      const value = (field: string) => {
        const found = fields.find((other) => other.kind === 'field' && other.field === field);
        return found?.kind === 'field' ? found.newValue : undefined;
      };
      folded.push({ entry, lossReasonId: value('lossReasonId'), lossNote: value('lossNote') });
    } else {
      folded.push({ entry });
    }
  }
  return folded;
};
