import type { Language } from '@shared/contract/schemas/common';
import type { Translate } from '@shared/i18n/Translate';
import { resources } from '@shared/i18n/resources';
import i18next from 'i18next';

/** i18next over the shared catalogues, for text the core writes (reports, exports). */
export const createTranslator = (language: Language): Translate => {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['ru', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return (key, values) => instance.t(key, values ?? {});
};
