import type { Language } from '../contract/schemas/common';

/**
 * The UI language: the saved `ui.language` setting wins; otherwise the OS/browser locale, where
 * any Russian variant (ru, ru-RU, ru-UA…) means Russian and everything else English.
 */
export const detectLanguage = (setting: Language | null | undefined, locale: string | undefined): Language => {
  if (setting) return setting;
  return locale?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
};
