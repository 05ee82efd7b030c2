import type { Language } from '@shared/contract/schemas/common';
import type { Messages } from '@shared/i18n/Messages';

/**
 * One language's messages, each its own chunk: the first paint downloads and evaluates only the
 * language it shows (both together are ~80 kB of the start-up script).
 */
export const loadCatalogue = (language: Language): Promise<Messages> =>
  language === 'ru'
    ? import('@shared/i18n/ru').then((module) => module.ru)
    : import('@shared/i18n/en').then((module) => module.en);
