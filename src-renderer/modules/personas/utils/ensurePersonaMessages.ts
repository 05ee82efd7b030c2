import { personasEn } from '@shared/i18n/messages/personas.en';
import { personasRu } from '@shared/i18n/messages/personas.ru';
import type { i18n } from 'i18next';

const BUNDLES = { ru: { personas: personasRu }, en: { personas: personasEn } } as const;

/** Persona messages travel with the Settings and contact pages, not in the start-up catalogue. */
export const ensurePersonaMessages = (instance: i18n): void => {
  for (const language of ['ru', 'en'] as const) {
    if (!instance.hasResourceBundle(language, 'translation')) continue;
    if (instance.getResource(language, 'translation', 'personas.title') !== undefined) continue;
    instance.addResourceBundle(language, 'translation', BUNDLES[language], true, false);
  }
};
