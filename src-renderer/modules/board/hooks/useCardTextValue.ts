import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import type { CardText } from './CardTextContext';

/**
 * The canvas's CardTextContext value for the board as of `asOf`: a new one only when the language,
 * the time zone or the as-of year changes.
 */
export const useCardTextValue = (asOf: number): CardText => {
  const { t } = useTranslation();
  const language = useLanguage();
  const dates = useDateFormat();
  const { timeZone } = dates;
  const asOfYear = dates.instant(asOf, 'year');
  // `dates` is a new object per render; its functions depend only on the language and time zone.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => ({ t, language, dates, asOfYear }), [t, language, timeZone, asOfYear]);
};
