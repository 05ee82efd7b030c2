import { dealGroupsEn } from '@shared/i18n/messages/dealGroups.en';
import { dealGroupsRu } from '@shared/i18n/messages/dealGroups.ru';
import type { i18n } from 'i18next';
import { ensurePageMessages } from '../../../platform/ensurePageMessages';

/** The grouping's messages travel with the deals page, not with the board. */
export const ensureDealGroupsMessages = (instance: i18n): void =>
  ensurePageMessages(instance, 'dealGroups', { ru: dealGroupsRu, en: dealGroupsEn });
