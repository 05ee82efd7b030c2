import { activityTableEn } from '@shared/i18n/messages/activityTable.en';
import { activityTableRu } from '@shared/i18n/messages/activityTable.ru';
import type { i18n } from 'i18next';

const BUNDLES = { ru: { activityTable: activityTableRu }, en: { activityTable: activityTableEn } } as const;

/**
 * The Activities page's table messages travel with its chunk, not in the start-up catalogue (the
 * board route's script budget); merged into each loaded language as ensureAnalyticsMessages does.
 */
export const ensureActivityTableMessages = (instance: i18n): void => {
  for (const language of ['ru', 'en'] as const) {
    if (!instance.hasResourceBundle(language, 'translation')) continue;
    if (instance.getResource(language, 'translation', 'activityTable.tabs') !== undefined) continue;
    instance.addResourceBundle(language, 'translation', BUNDLES[language], true, false);
  }
};
