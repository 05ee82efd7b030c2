import type { CurrencyTotal } from '@shared/contract/schemas/board';
import { formatMoney } from '@shared/i18n/formatMoney';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../platform/useLanguage';

export type CurrencyAmountsProps = {
  /** Per-currency totals in the board's order. */
  totals: readonly CurrencyTotal[];
  /** Which amount of each total: its sum or its weighted sum. */
  amount: 'sumMinor' | 'weightedMinor';
  /** With no deals at all, a zero in this currency (the workspace's). */
  zeroCurrency: string;
  /** At most this many items: past it, the first currencies and «+N»; the whole list is in the tooltip. */
  max: number;
  className?: string;
  testId?: string;
};

/**
 * Money in several currencies side by side, never added together: «1 200 000 ₽ · 15 000 $».
 * Past `max` currencies the rest fold into «+2»; the tooltip (and the screen reader text) has
 * every currency with its deal count — one currency's too, as a narrow column cuts a long sum.
 */
export const CurrencyAmounts = ({ totals, amount, zeroCurrency, max, className, testId }: CurrencyAmountsProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  if (totals.length === 0) {
    return (
      <span className={className} data-testid={testId}>
        {formatMoney(0, zeroCurrency, language)}
      </span>
    );
  }
  const texts = totals.map((total) => formatMoney(total[amount], total.currency, language));
  // Past `max`, one slot goes to «+N», so the fold is visible even in a narrow column.
  const shown = texts.length > max ? texts.slice(0, Math.max(1, max - 1)) : texts;
  const hidden = texts.length - shown.length;
  const full = totals
    .map((total, index) =>
      t('board.currencies.line', { value: texts[index], deals: t('board.column.deals', { count: total.count }) }),
    )
    .join('\n');
  return (
    <span className={className} data-testid={testId} title={full}>
      <span aria-hidden={hidden > 0 ? true : undefined}>
        {shown.join(' · ')}
        {hidden > 0 ? <span className="currency-more"> · {t('board.currencies.more', { count: hidden })}</span> : null}
      </span>
      {hidden > 0 ? <span className="visually-hidden">{texts.join(', ')}</span> : null}
    </span>
  );
};
