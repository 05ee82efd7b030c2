import type { Language } from '../contract/schemas/common';
import { en } from './en';
import type { Messages } from './Messages';
import { ru } from './ru';

/** i18next resources: one `translation` namespace per language, shared by UI, reports and CLI. */
export const resources: Record<Language, { translation: Messages }> = {
  ru: { translation: ru },
  en: { translation: en },
};
