import type { Language } from '@shared/contract/schemas/common';

const formatters = new Map<Language, Intl.DateTimeFormat>();

/** Epoch ms → a compact date and time for a timeline («12.03.2026, 14:05», "3/12/26, 2:05 PM"). */
export const formatDateTime = (epochMs: number, language: Language): string => {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
    formatters.set(language, formatter);
  }
  return formatter.format(epochMs);
};
