import type { Language } from '../contract/schemas/common';
import { en } from './en';
import type { Messages } from './Messages';
import { importsEn } from './messages/imports.en';
import { importsRu } from './messages/imports.ru';
import { ru } from './ru';

/**
 * i18next resources for the core, reports and CLI: one `translation` namespace per language, the
 * start-up catalogue plus the import's messages (the CLI's import command reports with them; the
 * renderer loads them with the import's chunk, see ensureImportsMessages).
 */
export const resources: Record<Language, { translation: Messages & { imports: typeof importsRu } }> = {
  ru: { translation: { ...ru, imports: importsRu } },
  en: { translation: { ...en, imports: importsEn } },
};
