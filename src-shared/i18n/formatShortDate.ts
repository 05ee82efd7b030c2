import type { Language } from '../contract/schemas/common';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Epoch ms → a compact numeric date for tables («27.11.2026», "11/27/2026"). */
export const formatShortDate = (epochMs: number, language: Language, timeZone?: string): string => {
  const key = `${language}:${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(timeZone ? { timeZone } : {}),
    });
    formatters.set(key, formatter);
  }
  return formatter.format(epochMs);
};
