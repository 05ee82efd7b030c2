import { segmentsEn } from '@shared/i18n/messages/segments.en';
import { segmentsRu } from '@shared/i18n/messages/segments.ru';
import type { i18n } from 'i18next';

const BUNDLES = { ru: { segments: segmentsRu }, en: { segments: segmentsEn } } as const;

/** Segment messages travel with the card and the pickers, not in the start-up catalogue. */
export const ensureSegmentMessages = (instance: i18n): void => {
  for (const language of ['ru', 'en'] as const) {
    if (!instance.hasResourceBundle(language, 'translation')) continue;
    if (instance.getResource(language, 'translation', 'segments.title') !== undefined) continue;
    instance.addResourceBundle(language, 'translation', BUNDLES[language], true, false);
  }
};
