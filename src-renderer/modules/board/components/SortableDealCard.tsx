import type { BoardCard } from '@shared/contract/schemas/board';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type KeyboardEvent, memo } from 'react';
import type { DropData } from '../utils/dndIds';
import { DealCardView } from './DealCardView';
import { LogButton } from './LogButton';

export type SortableDealCardProps = {
  card: BoardCard;
  stageId: string;
  rotDays: number | null;
  slaHours: number | null;
  asOf: number;
  blocked: boolean;
  /** "draggable deal", translated once by the column: every card re-renders at each drop. */
  roleDescription: string;
  onOpen(id: string): void;
};

/**
 * A card that can be dragged (pointer after a few pixels, or Space then the arrow keys) and
 * opened (click or Enter). While dragged it stays in place as a dashed placeholder; the overlay
 * follows the pointer.
 */
export const SortableDealCard = memo(function SortableDealCard({
  card,
  stageId,
  rotDays,
  slaHours,
  asOf,
  blocked,
  roleDescription,
  onOpen,
}: SortableDealCardProps) {
  const data: DropData = { kind: 'card', stageId };
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: card.id, data });
  const className = [
    'deal-card',
    card.rotting ? 'is-rotting' : '',
    isDragging ? 'is-placeholder' : '',
    blocked ? 'is-blocked' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !isDragging) {
      event.preventDefault();
      onOpen(card.id);
      return;
    }
    listeners?.onKeyDown?.(event);
  };
  return (
    <div
      ref={setNodeRef}
      className={className}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      data-testid="deal-card"
      data-deal-id={card.id}
      data-log-deal-id={card.id}
      data-log-label={card.title}
      data-log-currency={card.currency}
      {...attributes}
      aria-roledescription={roleDescription}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={() => onOpen(card.id)}
    >
      <DealCardView card={card} rotDays={rotDays} slaHours={slaHours} asOf={asOf} />
      <LogButton card={card} />
    </div>
  );
});
