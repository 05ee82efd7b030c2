import { formatShortDate } from '@shared/i18n/formatShortDate';
import { describe, expect, it } from 'vitest';

describe('formatShortDate', () => {
  const moment = Date.UTC(2026, 10, 26, 22, 30);

  it('writes a numeric date in the UI language', () => {
    expect(formatShortDate(moment, 'ru', 'UTC')).toBe('26.11.2026');
    expect(formatShortDate(moment, 'en', 'UTC')).toBe('11/26/2026');
  });

  it('counts the day in the workspace time zone', () => {
    expect(formatShortDate(moment, 'ru', 'Europe/Moscow')).toBe('27.11.2026');
  });
});
