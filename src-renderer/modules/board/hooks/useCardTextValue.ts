import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useLanguage } from '../../../platform/useLanguage';
import type { CardText } from './CardTextContext';

/** The canvas's CardTextContext value: a new one only when the language or the time zone changes. */
export const useCardTextValue = (): CardText => {
  const { t } = useTranslation();
  const language = useLanguage();
  const dates = useDateFormat();
  const { timeZone } = dates;
  // `dates` is a new object per render; its functions depend only on the language and time zone.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => ({ t, language, dates }), [t, language, timeZone]);
};
