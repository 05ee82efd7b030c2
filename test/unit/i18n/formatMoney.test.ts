import { convertMinorUnits, currencyExponent } from '@shared/domain/currencyExponent';
import { formatMoney } from '@shared/i18n/formatMoney';
import { describe, expect, it } from 'vitest';

/** Intl puts (narrow) no-break spaces between groups; compare with plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatMoney', () => {
  it('formats minor units in the UI language, exactly: kopecks shown only when there are some', () => {
    expect(plain(formatMoney(150_050, 'RUB', 'ru'))).toBe('1 500,50 ₽');
    expect(plain(formatMoney(150_050, 'RUB', 'en'))).toBe('₽1,500.50');
    expect(plain(formatMoney(12_345, 'USD', 'en'))).toBe('$123.45');
    expect(plain(formatMoney(0, 'RUB', 'ru'))).toBe('0 ₽');
    expect(plain(formatMoney(45_000_000, 'RUB', 'ru'))).toBe('450 000 ₽');
  });

  it('never rounds 450 000,50 ₽ up to 450 001 ₽ (cards and totals included)', () => {
    expect(plain(formatMoney(45_000_050, 'RUB', 'ru'))).toBe('450 000,50 ₽');
    expect(plain(formatMoney(45_000_001, 'RUB', 'ru'))).toBe('450 000,01 ₽');
  });

  it('takes the decimals from ISO 4217, not from the runtime', () => {
    expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500');
    expect(plain(formatMoney(1_500_250, 'KWD', 'en'))).toBe('KWD 1,500.250');
    expect(plain(formatMoney(150_000, 'HUF', 'en'))).toBe('Ft 1,500');
    expect(currencyExponent('ISK')).toBe(0);
    expect(currencyExponent('CLF')).toBe(4);
    expect(currencyExponent('RUB')).toBe(2);
  });
});

describe('convertMinorUnits', () => {
  it('keeps the amount when a deal changes currency, by the two exponents', () => {
    expect(convertMinorUnits(45_000_050, 'RUB', 'JPY')).toBe(450_001);
    expect(convertMinorUnits(45_000_049, 'RUB', 'JPY')).toBe(450_000);
    expect(convertMinorUnits(450_000, 'JPY', 'RUB')).toBe(45_000_000);
    expect(convertMinorUnits(1_234, 'RUB', 'USD')).toBe(1_234);
    expect(convertMinorUnits(1_500_250, 'KWD', 'RUB')).toBe(150_025);
    expect(convertMinorUnits(150_025, 'RUB', 'KWD')).toBe(1_500_250);
  });
});
