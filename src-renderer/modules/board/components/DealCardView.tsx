import { Icon } from '../../../ui/Icon';
import type { BoardCard } from '@shared/contract/schemas/board';

import { memo } from 'react';
import { formatMoney } from '@shared/i18n/formatMoney';
import { useCardText } from '../hooks/useCardText';
import type { DateFormat } from '../../../platform/useDateFormat';

import { CardChipsSlot } from './CardChipsSlot';
import { CardSla } from './CardSla';
import { OwnerAvatar } from './OwnerAvatar';

/** «1 нояб.» reads as this year's: a task due in another year (long overdue, far ahead) shows its year. */
const dueDateStyle = (dueAt: number, asOfYear: string, dates: DateFormat) =>
  dates.instant(dueAt, 'year') === asOfYear ? 'dayMonth' : 'date';

export type DealCardViewProps = {
  card: BoardCard;
  rotDays: number | null;
  /** The stage's hours to the first outbound touch; null: no SLA clock on its cards. */
  slaHours: number | null;
  /** The board's "now", so days and overdue marks agree with the server's figures. */
  asOf: number;
};

/**
 * What a card shows: title, company, value and owner, then the signals a rep scans for: days in
 * stage (red past the stage's rot days), checklist progress, the SLA clock until the first touch,
 * "no next step" when no task lies ahead, the pipeline's chosen custom fields as chips, and the
 * next task (red when overdue).
 */
export const DealCardView = memo(function DealCardView({ card, rotDays, slaHours, asOf }: DealCardViewProps) {
  const { t, language, dates, asOfYear } = useCardText();
  const { required, done } = card.openChecklist;
  const task = card.nextTask;
  const overdue = task !== null && task.dueAt < asOf;
  const rotTitle = card.rotting
    ? t('board.card.rotting', { days: card.daysInStage, limit: rotDays ?? 0 })
    : t('board.card.daysInStage', { count: card.daysInStage });
  return (
    <>
      <p className="deal-card-title" title={card.title}>
        {card.title}
      </p>
      {card.companyName ? (
        <p className="deal-card-company" title={card.companyName}>
          {card.companyName}
        </p>
      ) : null}
      <div className="deal-card-money">
        <span className="deal-card-value num">{formatMoney(card.valueMinor, card.currency, language)}</span>
        <OwnerAvatar id={card.ownerId} name={card.ownerName} />
      </div>
      <div className="deal-card-signals">
        {card.kind === 'new' ? null : (
          <span className="deal-signal deal-card-kind" data-testid="card-kind">
            {t(`deal.kind.${card.kind}`)}
          </span>
        )}
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
        {slaHours === null ? null : (
          <CardSla
            stageEnteredAt={card.stageEnteredAt}
            firstTouchAt={card.firstTouchAt}
            slaHours={slaHours}
            asOf={asOf}
          />
        )}
        {card.hasNextStep ? null : (
          <span className="deal-signal is-warning" title={t('board.card.noNextStepHint')} data-testid="card-no-next">
            <Icon name="alert" size={14} />
            <span>{t('board.card.noNextStep')}</span>
          </span>
        )}
      </div>
      <CardChipsSlot card={card} />
      {task ? (
        <p
          className={overdue ? 'deal-card-next is-overdue' : 'deal-card-next'}
          title={t(overdue ? 'board.card.taskOverdue' : 'board.card.nextTask', {
            date: dates.instant(task.dueAt, 'dateTime'),
            subject: task.subject,
          })}
          data-testid="card-next-task"
        >
          <Icon name="calendar" size={14} />
          <span className="deal-card-next-due num">
            {dates.instant(task.dueAt, dueDateStyle(task.dueAt, asOfYear, dates))}
          </span>
          <span className="deal-card-next-subject">{task.subject || t(`activities.type.${task.type}`)}</span>
        </p>
      ) : null}
      {card.rotting ? <span className="visually-hidden">{rotTitle}</span> : null}
    </>
  );
});
