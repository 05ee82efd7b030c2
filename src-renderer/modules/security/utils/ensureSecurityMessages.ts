import { securityEn } from '@shared/i18n/messages/security.en';
import { securityRu } from '@shared/i18n/messages/security.ru';
import type { i18n } from 'i18next';
import { ensurePageMessages } from '../../../platform/ensurePageMessages';

/** The Security card's, the unlock screen's and the first-start offer's words travel with their lazy chunks. */
export const ensureSecurityMessages = (instance: i18n): void =>
  ensurePageMessages(instance, 'security', { ru: securityRu, en: securityEn });
