import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  completeInn,
  completeOgrn,
  completeOgrnip,
  innKind,
  validateInn,
  validateKpp,
  validateOgrn,
  validateOgrnip,
} from '@shared/domain/russianCompanyIds';

const digits = (length: number) => fc.stringMatching(new RegExp(`^[0-9]{${length}}$`));
const withOneDigitChanged = (value: string, index: number, delta: number): string => {
  const digit = (Number(value[index]) + delta) % 10;
  return `${value.slice(0, index)}${digit}${value.slice(index + 1)}`;
};

describe('validateInn', () => {
  it('accepts real legal-entity and individual INNs', () => {
    expect(validateInn('7707083893')).toBe(true); // Sberbank
    expect(validateInn('7736207543')).toBe(true); // Yandex
    expect(validateInn('500100732259')).toBe(true);
    expect(innKind('7707083893')).toBe('legal_entity');
    expect(innKind('500100732259')).toBe('individual');
  });

  it('refuses wrong check digits, lengths, non-digits and region 00', () => {
    for (const value of [
      '7707083894',
      '500100732258',
      '500100732269',
      '770708389',
      '77070838931',
      '77O7083893',
      '',
      ' 7707083893',
      '0000000000',
    ]) {
      expect(validateInn(value), value).toBe(false);
    }
    expect(innKind('7707083894')).toBeNull();
  });

  it('completes any 9- or 10-digit body to a valid INN whose check digit cannot be anything else', () => {
    fc.assert(
      fc.property(digits(9), fc.integer({ min: 1, max: 9 }), (body, delta) => {
        const inn = completeInn(`1${body.slice(1)}`);
        expect(validateInn(inn)).toBe(true);
        expect(validateInn(withOneDigitChanged(inn, 9, delta))).toBe(false);
      }),
    );
    fc.assert(
      fc.property(digits(10), (body) => {
        expect(validateInn(completeInn(`7${body.slice(1)}`))).toBe(true);
      }),
    );
    expect(() => completeInn('12345678')).toThrow();
  });
});

describe('validateKpp', () => {
  it('accepts 4 digits, 2 digits or capital letters, 3 digits', () => {
    expect(validateKpp('773601001')).toBe(true);
    expect(validateKpp('7736AB001')).toBe(true);
  });
  it('refuses other shapes', () => {
    for (const value of ['77360100', '7736010011', '7736ab001', '77360100A', '001601001', '']) {
      expect(validateKpp(value), value).toBe(false);
    }
  });
});

describe('validateOgrn and validateOgrnip', () => {
  it('accepts real numbers', () => {
    expect(validateOgrn('1027700132195')).toBe(true); // Sberbank
    expect(validateOgrn('1027700229193')).toBe(true); // Yandex
    expect(validateOgrnip('304500116000157')).toBe(true);
    expect(validateOgrnip('316861700133226')).toBe(true);
  });

  it('refuses wrong check digits, lengths and leading digits', () => {
    for (const value of ['1027700132196', '102770013219', '3027700132195', '10277001321955']) {
      expect(validateOgrn(value), value).toBe(false);
    }
    for (const value of ['304500116000158', '30450011600015', '104500116000157']) {
      expect(validateOgrnip(value), value).toBe(false);
    }
  });

  it('completes bodies exactly even past 2^53-sized arithmetic (digit-wise modulo)', () => {
    fc.assert(
      fc.property(digits(11), digits(13), (ogrnBody, ogrnipBody) => {
        expect(validateOgrn(completeOgrn(`5${ogrnBody}`))).toBe(true);
        expect(validateOgrnip(completeOgrnip(`3${ogrnipBody}`))).toBe(true);
      }),
    );
    expect(completeOgrnip('99999999999999')).toBe(`99999999999999${Number(99999999999999n % 13n) % 10}`);
  });
});
