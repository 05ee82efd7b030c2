import type { Language } from '@shared/contract/schemas/common';
import { useTranslation } from 'react-i18next';

/** The current UI language, for Intl formatting; re-renders on a switch. */
export const useLanguage = (): Language => {
  const { i18n } = useTranslation();
  return i18n.language === 'ru' ? 'ru' : 'en';
};
