import { customersEn } from '@shared/i18n/messages/customers.en';
import { customersRu } from '@shared/i18n/messages/customers.ru';
import type { i18n } from 'i18next';

const BUNDLES = { ru: { customers: customersRu }, en: { customers: customersEn } } as const;

/** The customer card's messages travel with the company page chunk, not the start-up catalogue. */
export const ensureCustomerMessages = (instance: i18n): void => {
  for (const language of ['ru', 'en'] as const) {
    if (!instance.hasResourceBundle(language, 'translation')) continue;
    if (instance.getResource(language, 'translation', 'customers.title') !== undefined) continue;
    instance.addResourceBundle(language, 'translation', BUNDLES[language], true, false);
  }
};
