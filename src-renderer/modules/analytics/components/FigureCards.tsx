import type { AnalyticsOverview } from '@shared/contract/schemas/analytics';
import { useTranslation } from 'react-i18next';
import { FitText } from '../../../ui/FitText';
import type { DrillRequest } from '../utils/DrillRequest';

type Period = AnalyticsOverview['current'];

export type FigureCard = {
  key: string;
  label: string;
  value: (period: Period) => number | null;
  show: (value: number | null) => string;
  /** What a click lists; null: a figure about companies or answers, with no deals behind it. */
  drill: DrillRequest['figure'] | null;
  /** Higher is better (colours the change); 'down' for durations and churn. */
  better: 'up' | 'down';
  /** Said after the value, smaller (how many NPS answers or deals it is made of). */
  detail?: (period: Period) => string;
};

type Props = {
  data: AnalyticsOverview;
  cards: readonly FigureCard[];
  testId: string;
  onDrill(request: DrillRequest): void;
};

/** Figures of the period, each beside the previous period's; a card with deals behind it lists them. */
export const FigureCards = ({ data, cards, testId, onDrill }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="analytics-cards" data-testid={testId}>
      {cards.map((card) => {
        const now = card.value(data.current);
        const before = card.value(data.previous);
        const trend =
          now === null || before === null || now === before
            ? ''
            : now > before === (card.better === 'up')
              ? 'good'
              : 'bad';
        const content = (
          <>
            <span className="analytics-card-label">{card.label}</span>
            <FitText
              className="analytics-card-value"
              text={card.show(now)}
              after={card.detail ? <span className="analytics-card-detail"> · {card.detail(data.current)}</span> : null}
            />
            <span className={`analytics-card-previous ${trend}`}>
              {t('analytics.cards.previous', { value: card.show(before) })}
            </span>
          </>
        );
        const { drill } = card;
        return drill === null ? (
          <div key={card.key} className="analytics-card card is-static" data-testid={`card-${card.key}`}>
            {content}
          </div>
        ) : (
          <button
            key={card.key}
            type="button"
            className="analytics-card card"
            data-testid={`card-${card.key}`}
            onClick={() => onDrill({ title: card.label, figure: drill })}
          >
            {content}
          </button>
        );
      })}
    </div>
  );
};
