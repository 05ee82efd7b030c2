import { importsEn } from '@shared/i18n/messages/imports.en';
import { importsRu } from '@shared/i18n/messages/imports.ru';
import type { i18n } from 'i18next';

const BUNDLES = { ru: { imports: importsRu }, en: { imports: importsEn } } as const;

/**
 * The import's messages travel with its chunk (Settings), not in the start-up catalogue (the
 * board route's script budget), as the Analytics page's do: merged into each language whose
 * catalogue is loaded, synchronously, before the card translates anything; a catalogue loaded
 * later (a language switch on the same page) gets them on the card's next render.
 */
export const ensureImportsMessages = (instance: i18n): void => {
  for (const language of ['ru', 'en'] as const) {
    if (!instance.hasResourceBundle(language, 'translation')) continue;
    if (instance.getResource(language, 'translation', 'imports.wizard') !== undefined) continue;
    instance.addResourceBundle(language, 'translation', BUNDLES[language], true, false);
  }
};
