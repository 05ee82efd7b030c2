import type { Language } from '@shared/contract/schemas/common';
import type { Messages } from '@shared/i18n/Messages';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * An i18next instance over one language's catalogue, ready synchronously. The window loads only
 * the language it shows (see loadCatalogue); switching adds the other with switchLanguage.
 */
export const createI18n = (language: Language, messages: Messages): i18n => {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { [language]: { translation: messages } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['ru', 'en'],
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
};
