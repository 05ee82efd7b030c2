import { Icon } from '../../../ui/Icon';
import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  type UniqueIdentifier,
  useSensors,
} from '@dnd-kit/core';
import { restrictToVerticalAxis } from '../utils/restrictToVerticalAxis';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type ReactNode, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSavesInOrder } from '../../../ui/useSavesInOrder';

import { dropAnchor } from '../../board/utils/moveCard';

export type Anchor = { afterId?: string; beforeId?: string };

type RowProps = { id: string; label: string; children: ReactNode; className?: string | undefined };

const SortableRow = ({ id, label, children, className }: RowProps) => {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
  });
  return (
    <li
      ref={setNodeRef}
      className={[className, isDragging ? 'is-dragging' : ''].filter(Boolean).join(' ')}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle"
        aria-label={t('stagesSettings.dragHandle', { name: label })}
        {...attributes}
        {...listeners}
      >
        <Icon name="grip" size={16} />
      </button>
      {children}
    </li>
  );
};

export type SortableRowsProps<T extends { id: string }> = {
  items: readonly T[];
  label(item: T): string;
  /** Persists the new place of one item (its neighbours after the drop). */
  onReorder(id: string, anchor: Anchor): Promise<unknown>;
  renderRow(item: T): ReactNode;
  className?: string;
  rowClassName?: string;
  ariaLabel: string;
};

/**
 * A vertical list reordered by its drag handles (pointer, or Space and the arrow keys). The new
 * order shows at once and is kept until the server's list comes back; quick drops are saved in
 * their order (useSavesInOrder).
 */
export const SortableRows = <T extends { id: string }>({
  items,
  label,
  onReorder,
  renderRow,
  className,
  rowClassName,
  ariaLabel,
}: SortableRowsProps<T>) => {
  const { t } = useTranslation();
  const lastPlace = useRef<UniqueIdentifier | undefined>(undefined);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const stored = useMemo(() => items.map((item) => item.id), [items]);
  // Each drop shows at once and is saved after the drops before it: its neighbours are those of the
  // order the earlier drops made, so saved in another order they would put it elsewhere.
  const moves = useSavesInOrder(stored);
  const byId = new Map(items.map((item) => [item.id, item]));
  // A row gone meanwhile leaves the order; one added meanwhile shows at the end until it is stored.
  const order = [...moves.shown.filter((id) => byId.has(id)), ...stored.filter((id) => !moves.shown.includes(id))];

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = order.indexOf(String(active.id));
    const to = order.indexOf(String(over.id));
    if (from < 0 || to < 0) return;
    const ids = arrayMove(order, from, to);
    void moves.save(ids, () => onReorder(String(active.id), dropAnchor(ids, String(active.id))).then(() => true));
  };

  // What a screen reader hears, in the UI language: the row and the place it would take.
  const say = (key: 'start' | 'over' | 'end', activeId: UniqueIdentifier, placeId: UniqueIdentifier | undefined) => {
    const item = byId.get(String(activeId));
    const position = order.indexOf(String(placeId ?? activeId)) + 1;
    return item && position > 0
      ? t(`stagesSettings.dnd.${key}`, { name: label(item), position, total: order.length })
      : undefined;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      lastPlace.current = active.id;
      return say('start', active.id, active.id);
    },
    onDragOver: ({ active, over }) => {
      // dnd-kit reports "over" right after the pick-up and on every re-measure; say only news.
      if (over?.id === lastPlace.current) return undefined;
      lastPlace.current = over?.id;
      return say('over', active.id, over?.id);
    },
    onDragEnd: ({ active, over }) => say('end', active.id, over?.id),
    onDragCancel: ({ active }) => {
      const item = byId.get(String(active.id));
      return item ? t('stagesSettings.dnd.cancel', { name: label(item) }) : undefined;
    },
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[restrictToVerticalAxis]}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('stagesSettings.dnd.instructions') } }}
    >
      <SortableContext items={order} strategy={verticalListSortingStrategy}>
        <ul className={className} aria-label={ariaLabel}>
          {order.map((id) => {
            const item = byId.get(id);
            return item ? (
              <SortableRow key={id} id={id} label={label(item)} className={rowClassName}>
                {renderRow(item)}
              </SortableRow>
            ) : null;
          })}
        </ul>
      </SortableContext>
    </DndContext>
  );
};
