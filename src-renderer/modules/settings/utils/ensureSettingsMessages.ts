import { settingsEn } from '@shared/i18n/messages/settings.en';
import { settingsRu } from '@shared/i18n/messages/settings.ru';
import type { i18n } from 'i18next';

const BUNDLES = { ru: { settings: settingsRu }, en: { settings: settingsEn } } as const;

/**
 * The Settings page's messages travel with its chunk, not in the start-up catalogue (the board
 * route's script budget); merged as ensureIcpMessages does.
 */
export const ensureSettingsMessages = (instance: i18n): void => {
  for (const language of ['ru', 'en'] as const) {
    if (!instance.hasResourceBundle(language, 'translation')) continue;
    if (instance.getResource(language, 'translation', 'settings.saved') !== undefined) continue;
    instance.addResourceBundle(language, 'translation', BUNDLES[language], true, false);
  }
};
