import { analyticsEn } from '@shared/i18n/messages/analytics.en';
import { analyticsRu } from '@shared/i18n/messages/analytics.ru';
import type { i18n } from 'i18next';

const BUNDLES = { ru: { analytics: analyticsRu }, en: { analytics: analyticsEn } } as const;

/**
 * The page's messages travel with its chunk, not in the start-up catalogue (the board route's
 * script budget). They are merged into each language whose catalogue is loaded, synchronously,
 * before anything on the page translates; a catalogue loaded later (a language switch) gets them
 * on the next render. A language not yet loaded is left alone, so switchLanguage still loads it.
 */
export const ensureAnalyticsMessages = (instance: i18n): void => {
  for (const language of ['ru', 'en'] as const) {
    if (!instance.hasResourceBundle(language, 'translation')) continue;
    if (instance.getResource(language, 'translation', 'analytics.controls') !== undefined) continue;
    instance.addResourceBundle(language, 'translation', BUNDLES[language], true, false);
  }
};
