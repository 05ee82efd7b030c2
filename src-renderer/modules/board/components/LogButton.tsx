import type { BoardCard } from '@shared/contract/schemas/board';
import { memo } from 'react';
import { Icon } from '../../../ui/Icon';
import { useLogActivityStore } from '../../activities/stores/logActivityStore';
import { useCardText } from '../hooks/useCardText';

/**
 * A card's "log an activity" button, shown on hover and focus. It stops the pointer and the keys
 * from reaching the card, so pressing it neither opens the drawer nor starts a drag.
 */
export const LogButton = memo(function LogButton({ card }: { card: BoardCard }) {
  // Memoised: the card around it re-renders whenever its column's drag context changes (every
  // drop), and its two labels are translated with the title each time otherwise.
  const { t } = useCardText();
  const label = t('activities.log.onCard', { record: card.title });
  return (
    <button
      type="button"
      className="deal-card-log icon-button"
      aria-label={label}
      title={label}
      tabIndex={-1}
      data-testid="card-log"
      onPointerDown={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
      onClick={(event) => {
        event.stopPropagation();
        useLogActivityStore.getState().open({ dealId: card.id, label: card.title, currency: card.currency });
      }}
    >
      <Icon name="activities" size={14} />
    </button>
  );
});
