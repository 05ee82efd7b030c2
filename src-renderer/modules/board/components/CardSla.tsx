import type { BoardCard } from '@shared/contract/schemas/board';
import { pendingSla } from '@shared/domain/pendingSla';
import { Icon } from '../../../ui/Icon';
import { formatDuration } from '../../leads/utils/formatDuration';
import { useBoardMinute } from '../hooks/useBoardMinute';
import { useCardText } from '../hooks/useCardText';

/** The last hour before the deadline turns amber, as in the leads inbox. */
const SOON_MS = 3_600_000;

export type CardSlaProps = Pick<BoardCard, 'stageEnteredAt' | 'firstTouchAt'> & {
  slaHours: number;
  /** When the core read the board: a touch it already counted is never "in the future" here. */
  asOf: number;
};

/**
 * A card's SLA clock while its deal waits for its first outbound touch (any touch of the deal,
 * even before the stage entry or its creation, stops it, as the drawer counts it): time left,
 * or how long ago the deadline passed in red; gone once the touch is logged. It alone follows the
 * board's minute, so a tick never re-renders the card around it.
 */
export const CardSla = ({ stageEnteredAt, firstTouchAt, slaHours, asOf }: CardSlaProps) => {
  const {
    t,
    dates: { instant },
  } = useCardText();
  // The minute clock may lag the reload that brought a touch just logged.
  const now = Math.max(useBoardMinute(), asOf);
  const sla = pendingSla({ stageEnteredAt, slaHours, firstTouchAt, now });
  if (sla === null) return null;
  // "3 h 0 min" stays whole when a narrow card wraps the line.
  const time = formatDuration(sla.remainingMs, t).replaceAll(' ', '\u00a0');
  const breached = sla.state === 'breached';
  const tone = breached ? ' is-overdue' : sla.remainingMs < SOON_MS ? ' is-warning' : '';
  return (
    <span
      className={`deal-signal is-sla${tone}`}
      title={t('leads.sla.due', { date: instant(sla.dueAt, 'dateTime'), hours: slaHours })}
      data-testid="card-sla"
      data-sla={sla.state}
    >
      <Icon name="phone" size={14} />
      <span>{t(breached ? 'board.card.slaBreached' : 'board.card.slaLeft', { time })}</span>
    </span>
  );
};
