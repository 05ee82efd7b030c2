import { formatMoney } from '@shared/i18n/formatMoney';
import { formatMoneyCompact } from '@shared/i18n/formatMoneyCompact';
import { useMemo } from 'react';
import { useLanguage } from '../../../platform/useLanguage';

export type FigureFormat = {
  int(value: number | null): string;
  decimal(value: number | null): string;
  percent(value: number | null): string;
  money(value: number | null, currency: string): string;
  /** Rounded («53,3 млн ₽»): chart labels, and a leaderboard column of huge sums (exact in the title). */
  moneyCompact(value: number | null, currency: string): string;
};

const NONE = '—';

/** Numbers of the page in the UI language; a missing figure (null) is a dash, never NaN. */
export const useFigureFormat = (): FigureFormat => {
  const language = useLanguage();
  return useMemo(() => {
    const int = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    return {
      int: (value) => (value === null ? NONE : int.format(value)),
      decimal: (value) => (value === null ? NONE : decimal.format(value)),
      percent: (value) => (value === null ? NONE : percent.format(value)),
      money: (value, currency) => (value === null ? NONE : formatMoney(value, currency, language)),
      moneyCompact: (value, currency) => (value === null ? NONE : formatMoneyCompact(value, currency, language)),
    };
  }, [language]);
};
