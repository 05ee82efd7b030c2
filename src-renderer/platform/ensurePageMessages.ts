import type { Language } from '@shared/contract/schemas/common';
import type { i18n } from 'i18next';

/**
 * A page's own messages travel with its chunk, not in the start-up catalogue (the board route's
 * script budget). They are merged into each language whose catalogue is loaded, synchronously,
 * before anything on the page translates; a catalogue loaded later (a language switch) gets them
 * on the next render. A language not yet loaded is left alone, so switchLanguage still loads it.
 */
export const ensurePageMessages = (
  instance: i18n,
  namespace: string,
  bundles: Readonly<Record<Language, object>>,
): void => {
  for (const language of ['ru', 'en'] as const) {
    if (!instance.hasResourceBundle(language, 'translation')) continue;
    if (instance.getResource(language, 'translation', namespace) !== undefined) continue;
    instance.addResourceBundle(language, 'translation', { [namespace]: bundles[language] }, true, false);
  }
};
