import type { Language } from '../contract/schemas/common';
import { en } from './en';
import type { Messages } from './Messages';
import { importsEn } from './messages/imports.en';
import { importsRu } from './messages/imports.ru';
import { automationEn } from './messages/automation.en';
import { automationRu } from './messages/automation.ru';
import { ru } from './ru';

/**
 * i18next resources for the core, reports and CLI: one `translation` namespace per language, the
 * start-up catalogue plus the import's and automation's messages (rule summaries) (the CLI's import command reports with them; the
 * renderer loads them with the import's chunk, see ensureImportsMessages).
 */
export const resources: Record<
  Language,
  { translation: Messages & { imports: typeof importsRu; automation: typeof automationRu } }
> = {
  ru: { translation: { ...ru, imports: importsRu, automation: automationRu } },
  en: { translation: { ...en, imports: importsEn, automation: automationEn } },
};
