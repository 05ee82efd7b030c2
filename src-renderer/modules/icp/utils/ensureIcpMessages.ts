import { icpEn } from '@shared/i18n/messages/icp.en';
import { icpRu } from '@shared/i18n/messages/icp.ru';
import type { i18n } from 'i18next';

const BUNDLES = { ru: { icp: icpRu }, en: { icp: icpEn } } as const;

/**
 * The ICP messages travel with the Settings and company page chunks, not in the start-up
 * catalogue (the board route's script budget); merged as ensureActivityTableMessages does.
 */
export const ensureIcpMessages = (instance: i18n): void => {
  for (const language of ['ru', 'en'] as const) {
    if (!instance.hasResourceBundle(language, 'translation')) continue;
    if (instance.getResource(language, 'translation', 'icp.title') !== undefined) continue;
    instance.addResourceBundle(language, 'translation', BUNDLES[language], true, false);
  }
};
