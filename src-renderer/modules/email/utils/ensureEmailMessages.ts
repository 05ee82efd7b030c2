import { emailEn } from '@shared/i18n/messages/email.en';
import { emailRu } from '@shared/i18n/messages/email.ru';
import type { i18n } from 'i18next';

const BUNDLES = { ru: { email: emailRu }, en: { email: emailEn } } as const;

/** E-mail messages travel with Settings and the compose dialog, not in the start-up catalogue. */
export const ensureEmailMessages = (instance: i18n): void => {
  for (const language of ['ru', 'en'] as const) {
    if (!instance.hasResourceBundle(language, 'translation')) continue;
    if (instance.getResource(language, 'translation', 'email.smtp.title') !== undefined) continue;
    instance.addResourceBundle(language, 'translation', BUNDLES[language], true, false);
  }
};
