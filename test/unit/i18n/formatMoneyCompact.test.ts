import { formatMoneyCompact } from '@shared/i18n/formatMoneyCompact';
import { describe, expect, it } from 'vitest';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatMoneyCompact', () => {
  it('shortens large amounts in the UI language from minor units', () => {
    expect(plain(formatMoneyCompact(53_305_000_00, 'RUB', 'ru'))).toBe('53,3 млн ₽');
    expect(plain(formatMoneyCompact(1_262_000_00, 'USD', 'en'))).toBe('$1.3M');
    expect(plain(formatMoneyCompact(950_00, 'RUB', 'ru'))).toBe('950 ₽');
  });

  it('reads the currency exponent (yen have no minor units)', () => {
    expect(plain(formatMoneyCompact(12_000, 'JPY', 'en'))).toBe('¥12K');
  });
});
