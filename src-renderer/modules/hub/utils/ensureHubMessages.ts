import { hubEn } from '@shared/i18n/messages/hub.en';
import { hubRu } from '@shared/i18n/messages/hub.ru';
import { hubCardEn } from '@shared/i18n/messages/hubCard.en';
import { hubCardRu } from '@shared/i18n/messages/hubCard.ru';
import type { i18n } from 'i18next';
import { ensurePageMessages } from '../../../platform/ensurePageMessages';

/** The hub cards' words and the hub's problems travel with the Settings page, not in the start-up catalogue. */
export const ensureHubMessages = (instance: i18n): void => {
  ensurePageMessages(instance, 'hub', { ru: hubRu, en: hubEn });
  ensurePageMessages(instance, 'hubCard', { ru: hubCardRu, en: hubCardEn });
};
