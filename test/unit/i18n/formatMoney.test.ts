import { formatMoney } from '@shared/i18n/formatMoney';
import { describe, expect, it } from 'vitest';

/** Intl puts (narrow) no-break spaces between groups; compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatMoney', () => {
  it('formats minor units in the UI language', () => {
    expect(plain(formatMoney(150_050, 'RUB', 'ru'))).toBe('1 500,50 ₽');
    expect(plain(formatMoney(150_050, 'RUB', 'en'))).toBe('₽1,500.50');
    expect(plain(formatMoney(12_345, 'USD', 'en'))).toBe('$123.45');
    expect(plain(formatMoney(0, 'RUB', 'ru'))).toBe('0,00 ₽');
  });

  it('respects currencies without minor units', () => {
    expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500');
  });
});
