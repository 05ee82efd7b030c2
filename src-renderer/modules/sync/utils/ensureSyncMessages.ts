import { syncEn } from '@shared/i18n/messages/sync.en';
import { syncRu } from '@shared/i18n/messages/sync.ru';
import type { i18n } from 'i18next';

const BUNDLES = { ru: { sync: syncRu }, en: { sync: syncEn } } as const;

/** Sync messages travel with the Settings page's chunk, not in the start-up catalogue. */
export const ensureSyncMessages = (instance: i18n): void => {
  for (const language of ['ru', 'en'] as const) {
    if (!instance.hasResourceBundle(language, 'translation')) continue;
    if (instance.getResource(language, 'translation', 'sync.title') !== undefined) continue;
    instance.addResourceBundle(language, 'translation', BUNDLES[language], true, false);
  }
};
