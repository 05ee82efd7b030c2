import type { RowValues } from '../changes/ChangeWriter';
import type { SyncedTable } from '../db/schema';
import type { MergeOutcome } from './mergeRow';

/** What a deal's gate depends on besides its ticks: where it stands, its outcome, whether it is there. */
const GATE_COLUMNS = ['pipeline_id', 'stage_id', 'status', 'deleted_at'] as const;

const gateColumnsChanged = (before: RowValues, after: RowValues): boolean =>
  GATE_COLUMNS.some((column) => before[column] !== after[column]);

/**
 * The merged deals the gate review looks at (reviewMergedDeals): only states a merge made here.
 * A deal that arrives new is the peer's state as its device keeps it (a rep's imported won deal,
 * its items never ticked, is not the merge's doing), through every later step of the same import
 * too; a deal held here is looked at when the merge moved it (pipeline, stage, status, deleted)
 * or changed its ticks, not when it changed its title.
 */
export class DealsToReview {
  private readonly changed = new Set<string>();
  private readonly arrived = new Set<string>();

  /** Takes a merged row's outcome into account (applySyncMessages' `merged`). */
  note(table: SyncedTable, rowId: string, outcome: MergeOutcome): void {
    if (outcome.kind !== 'written') return;
    if (table === 'deals') {
      if (outcome.before === undefined) this.arrived.add(rowId);
      else if (gateColumnsChanged(outcome.before, outcome.after)) this.changed.add(rowId);
    } else if (table === 'deal_checks' && typeof outcome.after.deal_id === 'string') {
      this.changed.add(outcome.after.deal_id);
    }
  }

  /** The deals to review: changed by a merge here, and held before it. */
  ids(): string[] {
    return [...this.changed].filter((id) => !this.arrived.has(id));
  }
}
