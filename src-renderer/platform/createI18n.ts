import type { Language } from '@shared/contract/schemas/common';
import { resources } from '@shared/i18n/resources';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** An i18next instance over the shared catalogues, ready synchronously (resources are bundled). */
export const createI18n = (language: Language): i18n => {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
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
