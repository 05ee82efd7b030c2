import { automationEn } from '@shared/i18n/messages/automation.en';
import { automationRu } from '@shared/i18n/messages/automation.ru';
import type { i18n } from 'i18next';

const BUNDLES = { ru: { automation: automationRu }, en: { automation: automationEn } } as const;

/**
 * Automation's messages travel with the Settings chunk, not in the start-up catalogue (the board
 * route's script budget); merged into each loaded language as ensureActivityTableMessages does.
 */
export const ensureAutomationMessages = (instance: i18n): void => {
  for (const language of ['ru', 'en'] as const) {
    if (!instance.hasResourceBundle(language, 'translation')) continue;
    if (instance.getResource(language, 'translation', 'automation.title') !== undefined) continue;
    instance.addResourceBundle(language, 'translation', BUNDLES[language], true, false);
  }
};
