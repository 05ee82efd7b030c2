import type { BoardCard } from '@shared/contract/schemas/board';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';
import { useLogActivityStore } from '../../activities/stores/logActivityStore';

/**
 * A card's "log an activity" button, shown on hover and focus. It stops the pointer and the keys
 * from reaching the card, so pressing it neither opens the drawer nor starts a drag.
 */
export const LogButton = ({ card }: { card: BoardCard }) => {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="deal-card-log icon-button"
      aria-label={t('activities.log.onCard', { record: card.title })}
      title={t('activities.log.onCard', { record: card.title })}
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
};
