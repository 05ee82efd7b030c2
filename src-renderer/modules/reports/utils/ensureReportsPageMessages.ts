import { reportsPageEn } from '@shared/i18n/messages/reportsPage.en';
import { reportsPageRu } from '@shared/i18n/messages/reportsPage.ru';
import type { i18n } from 'i18next';
import { ensurePageMessages } from '../../../platform/ensurePageMessages';

/** The Reports page's own controls travel with its chunk (the report's texts are kpiReport's). */
export const ensureReportsPageMessages = (instance: i18n): void =>
  ensurePageMessages(instance, 'reportsPage', { ru: reportsPageRu, en: reportsPageEn });
