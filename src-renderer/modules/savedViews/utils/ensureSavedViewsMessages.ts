import { savedViewsEn } from '@shared/i18n/messages/savedViews.en';
import { savedViewsRu } from '@shared/i18n/messages/savedViews.ru';
import type { i18n } from 'i18next';
import { ensurePageMessages } from '../../../platform/ensurePageMessages';

/** The saved-views menu's messages travel with the list pages that show it, not with the board. */
export const ensureSavedViewsMessages = (instance: i18n): void =>
  ensurePageMessages(instance, 'savedViews', { ru: savedViewsRu, en: savedViewsEn });
