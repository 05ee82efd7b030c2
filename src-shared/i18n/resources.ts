import type { Language } from '../contract/schemas/common';
import { en } from './en';
import type { Messages } from './Messages';
import { importsEn } from './messages/imports.en';
import { importsRu } from './messages/imports.ru';
import { automationEn } from './messages/automation.en';
import { automationRu } from './messages/automation.ru';
import { kpiReportEn } from './messages/kpiReport.en';
import { kpiReportRu } from './messages/kpiReport.ru';
import { ru } from './ru';

/**
 * i18next resources for the core, reports and CLI: one `translation` namespace per language, the
 * start-up catalogue plus the import's, automation's (rule summaries) and the KPI report's messages
 * (the CLI's import and report commands use them; the renderer loads them with the pages that show
 * them, see ensureImportsMessages and ensureKpiReportMessages).
 */
export const resources: Record<
  Language,
  {
    translation: Messages & {
      imports: typeof importsRu;
      automation: typeof automationRu;
      kpiReport: typeof kpiReportRu;
    };
  }
> = {
  ru: { translation: { ...ru, imports: importsRu, automation: automationRu, kpiReport: kpiReportRu } },
  en: { translation: { ...en, imports: importsEn, automation: automationEn, kpiReport: kpiReportEn } },
};
