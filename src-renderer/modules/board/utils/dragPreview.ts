import { arrayMove } from '@dnd-kit/sortable';

/**
 * A card being dragged: where it came from and, once the pointer is over another column, where it
 * would land. Columns keep their real ids; what they show is derived from this (`previewIds`).
 */
export type DragState = {
  activeId: string;
  fromStageId: string;
  fromIndex: number;
  overStageId: string;
  overIndex: number;
};

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);

/**
 * The ids a column shows while a card is dragged. Within its own column the sortable strategy
 * shifts cards itself; over another column the card is lifted out of its origin and shown in
 * the target at `overIndex`.
 */
export const previewIds = (cardIds: readonly string[], stageId: string, drag: DragState | null): readonly string[] => {
  if (!drag || drag.overStageId === drag.fromStageId) return cardIds;
  if (stageId === drag.fromStageId) return cardIds.filter((id) => id !== drag.activeId);
  if (stageId !== drag.overStageId) return cardIds;
  const ids = cardIds.filter((id) => id !== drag.activeId);
  ids.splice(clamp(drag.overIndex, ids.length), 0, drag.activeId);
  return ids;
};

/**
 * The column's ids after the drop: the preview with the dragged card moved onto the card it was
 * released over (sortable semantics), or the preview as it is when released over the column.
 */
export const idsAfterDrop = (preview: readonly string[], activeId: string, overCardId: string | null): string[] => {
  const from = preview.indexOf(activeId);
  const to = overCardId === null ? -1 : preview.indexOf(overCardId);
  if (from < 0) return [...preview];
  if (to < 0) return [...preview];
  return arrayMove([...preview], from, to);
};
