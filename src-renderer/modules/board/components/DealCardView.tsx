import { Icon } from '../../../ui/Icon';
import type { BoardCard } from '@shared/contract/schemas/board';

import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import { formatMoney } from '@shared/i18n/formatMoney';

import { OwnerAvatar } from './OwnerAvatar';

export type DealCardViewProps = {
  card: BoardCard;
  rotDays: number | null;
  /** The board's "now", so days and overdue marks agree with the server's figures. */
  asOf: number;
};

/**
 * What a card shows: title, company, value and owner, then the signals a rep scans for: days in
 * stage (red past the stage's rot days), checklist progress and the next planned activity.
 */
export const DealCardView = memo(function DealCardView({ card, rotDays, asOf }: DealCardViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dates = useDateFormat();
  const { required, done } = card.openChecklist;
  const overdue = card.nextActivityAt !== null && card.nextActivityAt < asOf;
  const rotTitle = card.rotting
    ? t('board.card.rotting', { days: card.daysInStage, limit: rotDays ?? 0 })
    : t('board.card.daysInStage', { count: card.daysInStage });
  return (
    <>
      <p className="deal-card-title">{card.title}</p>
      {card.companyName ? <p className="deal-card-company">{card.companyName}</p> : null}
      <div className="deal-card-money">
        <span className="deal-card-value num">{formatMoney(card.valueMinor, card.currency, language)}</span>
        <OwnerAvatar id={card.ownerId} name={card.ownerName} />
      </div>
      <div className="deal-card-signals">
        <span
          className={card.rotting ? 'deal-signal is-rotting' : 'deal-signal'}
          title={rotTitle}
          data-testid="card-days"
        >
          <Icon name={card.rotting ? 'flame' : 'clock'} size={14} />
          <span className="num">{t('board.card.days', { count: card.daysInStage })}</span>
        </span>
        {required > 0 ? (
          <span
            className={done >= required ? 'deal-signal is-done' : 'deal-signal'}
            title={t('board.card.checklist', { done, required })}
            data-testid="card-checklist"
          >
            <Icon name="checklist" size={14} />
            <span className="num">
              {done}/{required}
            </span>
          </span>
        ) : null}
        {card.nextActivityAt !== null ? (
          <span
            className={overdue ? 'deal-signal is-overdue' : 'deal-signal'}
            title={t(overdue ? 'board.card.activityOverdue' : 'board.card.nextActivity', {
              date: dates.instant(card.nextActivityAt),
            })}
          >
            <Icon name="calendar" size={14} />
            <span className="num">{dates.instant(card.nextActivityAt, 'dayMonth')}</span>
          </span>
        ) : null}
      </div>
      {card.rotting ? <span className="visually-hidden">{rotTitle}</span> : null}
    </>
  );
});
