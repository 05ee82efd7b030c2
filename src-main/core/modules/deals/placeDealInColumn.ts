import { type Anchor, keyBetweenNeighbours, planPlacement } from '@shared/domain/listPlacement';
import type { ChangeWriter } from '../../changes/ChangeWriter';
import type { Db } from '../../db/Db';
import { placementError } from '../pipelines/placeInList';
import { cardInColumn, columnPositions, nextCard, previousCard } from './dealColumn.repo';

const requireNeighbour = (db: Db, stageId: string, id: string, dealId: string) => {
  if (id === dealId) throw placementError('self_neighbour', id);
  const card = cardInColumn(db, stageId, id);
  if (!card) throw placementError('unknown_neighbour', id);
  return card;
};

/**
 * The new key of `dealId` in the column of `stageId`. Reads only the two neighbours (index
 * lookups), so a drop costs the same in a column of 10 or 10,000 cards. When no short key fits
 * between them (ties after a sync, or a key past POSITION_MAX_LENGTH), the whole column is
 * rewritten evenly in the caller's transaction; the caller writes the deal's own key.
 */
export const placeDealInColumn = (
  db: Db,
  writer: ChangeWriter,
  dealId: string,
  stageId: string,
  anchor: Anchor,
): string => {
  let lower: string | null;
  let upper: string | null;
  if (anchor.afterId !== undefined) {
    const after = requireNeighbour(db, stageId, anchor.afterId, dealId);
    lower = after.position;
    upper = nextCard(db, stageId, after, dealId)?.position ?? null;
  } else if (anchor.beforeId !== undefined) {
    const before = requireNeighbour(db, stageId, anchor.beforeId, dealId);
    upper = before.position;
    lower = previousCard(db, stageId, before, dealId)?.position ?? null;
  } else {
    lower = previousCard(db, stageId, null, dealId)?.position ?? null;
    upper = null;
  }
  const key = keyBetweenNeighbours(lower, upper);
  if (key !== null) return key;

  const items = columnPositions(db, stageId);
  const plan = planPlacement(items, dealId, anchor);
  if (!plan.ok) throw placementError(plan.reason, plan.neighbourId);
  const current = new Map(items.map((item) => [item.id, item.position]));
  for (const write of plan.writes) {
    if (write.id !== dealId) {
      writer.update('deals', write.id, { position: write.position }, { position: current.get(write.id) ?? null });
    }
  }
  return plan.position;
};
