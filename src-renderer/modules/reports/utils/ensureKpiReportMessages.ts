import { kpiReportEn } from '@shared/i18n/messages/kpiReport.en';
import { kpiReportRu } from '@shared/i18n/messages/kpiReport.ru';
import type { i18n } from 'i18next';
import { ensurePageMessages } from '../../../platform/ensurePageMessages';

/** The KPI report's section, column and value names travel with the Reports and Analytics pages. */
export const ensureKpiReportMessages = (instance: i18n): void =>
  ensurePageMessages(instance, 'kpiReport', { ru: kpiReportRu, en: kpiReportEn });
