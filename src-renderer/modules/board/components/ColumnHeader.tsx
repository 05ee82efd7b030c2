import { displayName } from '@shared/i18n/displayName';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';
import type { ColumnState } from '../utils/boardData';
import { CurrencyAmounts } from './CurrencyAmounts';

/** Currencies a column header lists before folding the rest into «+N» (it is ~220–340 px wide). */
const COLUMN_CURRENCIES = 2;

const percentFormats = new Map<string, Intl.NumberFormat>();

const formatPercent = (value: number, language: string): string => {
  let format = percentFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(language, format);
  }
  return format.format(value);
};

export type ColumnHeaderProps = {
  column: ColumnState;
  currency: string;
  onQuickAdd(): void;
};

/**
 * Stage name and funnel step, then what the column is worth: deals, their sum and the
 * probability-weighted sum, and a slim bar showing the stage's probability.
 */
export const ColumnHeader = memo(function ColumnHeader({ column, currency, onQuickAdd }: ColumnHeaderProps) {
  const { t, i18n } = useTranslation();
  const { stage } = column;
  const name = displayName(stage, t, 'stage');
  const percent = formatPercent(stage.probability, i18n.language);
  return (
    <header className="column-header">
      <div className="column-title-row">
        <h3 className="column-title" title={name}>
          {name}
        </h3>
        <button
          type="button"
          className="icon-button column-add"
          aria-label={t('board.quickAdd.open', { stage: name })}
          title={t('board.quickAdd.open', { stage: name })}
          onClick={onQuickAdd}
        >
          <Icon name="plus" size={18} />
        </button>
      </div>
      <p className="column-step">
        <span>{t(`funnel.step.${stage.funnelStep}`)}</span>
        <span className="column-probability num" title={t('board.column.probability', { value: percent })}>
          {percent}
        </span>
      </p>
      <p className="column-figures">
        <CurrencyAmounts
          className="num column-sum"
          testId="column-sum"
          totals={column.byCurrency}
          amount="sumMinor"
          zeroCurrency={currency}
          max={COLUMN_CURRENCIES}
        />
        <span className="column-dot" aria-hidden="true">
          ·
        </span>
        <span className="num column-count" data-testid="stage-count">
          {t('board.column.deals', { count: column.count })}
        </span>
      </p>
      <p className="column-weighted muted" title={t('board.column.weightedHint', { value: percent })}>
        {t('board.column.weightedLabel')}{' '}
        <CurrencyAmounts
          totals={column.byCurrency}
          amount="weightedMinor"
          zeroCurrency={currency}
          max={COLUMN_CURRENCIES}
        />
      </p>
      <div className="column-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(stage.probability * 100)}%` }} />
      </div>
    </header>
  );
});
