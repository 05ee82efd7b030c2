import {
  type CollisionDetection,
  closestCenter,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  getFirstCollision,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useBoardStore } from '../stores/boardStore';
import { stageOfCard } from '../utils/boardData';
import { type DropData, dropKindOf, zoneOf } from '../utils/dndIds';
import { idsAfterDrop, previewIds } from '../utils/dragPreview';
import type { BoardActions } from './useBoardActions';

/** A click that ends a drag is not an "open the deal" click. */
let lastDragEndAt = 0;
export const justDragged = (): boolean => performance.now() - lastDragEndAt < 250;

const dataOf = (data: unknown): DropData | null =>
  typeof data === 'object' && data !== null && 'kind' in data ? (data as DropData) : null;

// The sensors' options are constants: dnd-kit keys its sensors (and the activators every card's
// useSortable reads from its context) on their identity, so options written inline made each
// render of the canvas re-render every card on the board.
/** A few pixels of travel tell a drag from a click that opens the deal. */
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };
/** Enter opens the deal; Space picks it up and drops it. */
const KEYBOARD_OPTIONS = {
  coordinateGetter: sortableKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};

/**
 * Drag and drop across the board in the pattern of dnd-kit's multiple-containers example: over
 * another column the card is shown there (the store's drag preview), within a column the sortable
 * strategy shifts cards, and the drop commits one move (or a win, or asks for a loss reason).
 */
export const useBoardDnd = (actions: BoardActions) => {
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const movedToNewColumn = useRef(false);
  const drag = useBoardStore((state) => state.drag);

  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));

  useEffect(() => {
    requestAnimationFrame(() => {
      movedToNewColumn.current = false;
    });
  }, [drag?.overStageId]);

  const collisionDetection: CollisionDetection = useCallback((args) => {
    const pointerHits = pointerWithin(args);
    const hits = pointerHits.length > 0 ? pointerHits : rectIntersection(args);
    const zone = hits.find((hit) => dropKindOf(hit.id) === 'zone');
    if (zone) return [zone];
    let overId = getFirstCollision(hits, 'id');
    if (overId != null) {
      if (dropKindOf(overId) === 'column') {
        // Over a column's empty space: the nearest of its cards, so the card lands near the pointer.
        const stageId = dataOf(args.droppableContainers.find((c) => c.id === overId)?.data.current)?.stageId;
        const inColumn = args.droppableContainers.filter(
          (container) =>
            container.id !== overId &&
            dataOf(container.data.current)?.stageId === stageId &&
            dropKindOf(container.id) === 'card',
        );
        if (inColumn.length > 0) overId = closestCenter({ ...args, droppableContainers: inColumn })[0]?.id ?? overId;
      }
      lastOverId.current = overId;
      return [{ id: overId }];
    }
    // Right after the card jumps columns the layout shifts; keep the last target for a frame.
    if (movedToNewColumn.current) lastOverId.current = args.active.id;
    return lastOverId.current ? [{ id: lastOverId.current }] : [];
  }, []);

  const handlers = useMemo(() => {
    const store = () => useBoardStore.getState();
    return {
      onDragStart({ active }: DragStartEvent) {
        const data = store().data;
        const id = String(active.id);
        const stageId = data ? stageOfCard(data, id) : null;
        if (!data || !stageId) return;
        const index = data.columns[stageId]?.cardIds.indexOf(id) ?? 0;
        store().setDrag({
          activeId: id,
          fromStageId: stageId,
          fromIndex: index,
          overStageId: stageId,
          overIndex: index,
        });
      },
      onDragOver({ active, over }: DragOverEvent) {
        const { drag, data, setDrag } = store();
        if (!drag || !data || !over) return;
        const target = dataOf(over.data.current);
        // Over Won or Lost the card shows back in its own column.
        const stageId = target?.kind === 'zone' || !target?.stageId ? drag.fromStageId : target.stageId;
        if (stageId === drag.overStageId) return;
        const column = data.columns[stageId];
        if (!column) return;
        const ids = previewIds(column.cardIds, stageId, drag).filter((id) => id !== drag.activeId);
        let index = stageId === drag.fromStageId ? drag.fromIndex : ids.length;
        if (target?.kind === 'card') {
          const overIndex = ids.indexOf(String(over.id));
          const translated = active.rect.current.translated;
          const below = translated !== null && translated.top > over.rect.top + over.rect.height / 2;
          if (overIndex >= 0) index = overIndex + (below ? 1 : 0);
        }
        movedToNewColumn.current = true;
        setDrag({ ...drag, overStageId: stageId, overIndex: index });
      },
      onDragEnd({ active, over }: DragEndEvent) {
        lastDragEndAt = performance.now();
        const { drag, data, setDrag, setLosing } = store();
        setDrag(null);
        if (!drag || !data || !over) return;
        const id = String(active.id);
        const zone = zoneOf(over.id);
        if (zone === 'won') return void actions.win(id);
        if (zone === 'lost') return setLosing(id);
        const target = dataOf(over.data.current);
        const stageId = target?.stageId ?? drag.overStageId;
        const column = data.columns[stageId];
        if (!column) return;
        const preview = previewIds(column.cardIds, stageId, { ...drag, overStageId: stageId });
        const finalIds = idsAfterDrop(preview, id, target?.kind === 'card' ? String(over.id) : null);
        void actions.move(id, stageId, finalIds.indexOf(id));
      },
      onDragCancel() {
        lastDragEndAt = performance.now();
        store().setDrag(null);
      },
    };
  }, [actions]);

  return { sensors, collisionDetection, ...handlers };
};
