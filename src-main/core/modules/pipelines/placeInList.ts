import { type Anchor, type Placed, planPlacement } from '@shared/domain/listPlacement';
import { DomainError } from '../../DomainError';
import { conflictError } from '../../conflictError';
import type { ChangeWriter } from '../../changes/ChangeWriter';
import type { SyncedTable } from '../../db/schema';

/**
 * The order key for `movingId` in a short list (pipelines, stages, control points). Rewrites the
 * other items' keys when the list is rebalanced; the caller writes the moving item's own key (it
 * may be an insert).
 */
export const placeInList = (
  writer: ChangeWriter,
  table: SyncedTable,
  items: readonly Placed[],
  movingId: string,
  anchor: Anchor,
): string => {
  const plan = planPlacement(items, movingId, anchor);
  if (!plan.ok) throw placementError(plan.reason, plan.neighbourId);
  const current = new Map(items.map((item) => [item.id, item.position]));
  for (const write of plan.writes) {
    if (write.id === movingId) continue;
    writer.update(table, write.id, { position: write.position }, { position: current.get(write.id) ?? null });
  }
  return plan.position;
};

export const placementError = (reason: 'unknown_neighbour' | 'self_neighbour', neighbourId: string): DomainError =>
  reason === 'self_neighbour'
    ? new DomainError('BAD_INPUT', 'An item cannot be placed next to itself', { reason, neighbourId })
    : conflictError('stale_neighbour', 'The neighbour is no longer in this list; refresh and retry', { neighbourId });
