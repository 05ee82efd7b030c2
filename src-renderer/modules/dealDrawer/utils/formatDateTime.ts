import type { Language } from '@shared/contract/schemas/common';

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatter = (language: Language, withYear: boolean): Intl.DateTimeFormat => {
  const key = `${language}:${withYear}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(language, {
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(key, found);
  }
  return found;
};

/** When something happened: «12 мар., 14:05» this year, with the year otherwise. */
export const formatDateTime = (epochMs: number, language: Language, now: number = Date.now()): string =>
  formatter(language, new Date(epochMs).getFullYear() !== new Date(now).getFullYear()).format(epochMs);
