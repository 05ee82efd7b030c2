import type { Language } from '@shared/contract/schemas/common';
import type { i18n } from 'i18next';
import { loadCatalogue } from './loadCatalogue';

/** Shows the UI in `language`, first loading its catalogue if this window has not yet. */
export const switchLanguage = async (instance: i18n, language: Language): Promise<void> => {
  if (!instance.hasResourceBundle(language, 'translation'))
    instance.addResourceBundle(language, 'translation', await loadCatalogue(language));
  await instance.changeLanguage(language);
};
