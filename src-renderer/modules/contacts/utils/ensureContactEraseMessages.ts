import { contactEraseEn } from '@shared/i18n/messages/contactErase.en';
import { contactEraseRu } from '@shared/i18n/messages/contactErase.ru';
import type { i18n } from 'i18next';
import { ensurePageMessages } from '../../../platform/ensurePageMessages';

/** The erasure's confirmation and erased-state texts travel with the contact page. */
export const ensureContactEraseMessages = (instance: i18n): void =>
  ensurePageMessages(instance, 'contactErase', { ru: contactEraseRu, en: contactEraseEn });
