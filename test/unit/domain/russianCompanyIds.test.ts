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

/** INNs of large Russian companies, as published in their disclosures and the state register. */
const REAL_LEGAL_INNS = {
  'ПАО Сбербанк': '7707083893',
  'ООО «Яндекс»': '7736207543',
  'ПАО «Газпром»': '7736050003',
  'ПАО «НК «Роснефть»': '7706107510',
  'ПАО «ЛУКОЙЛ»': '7708004767',
  'ОАО «РЖД»': '7708503727',
  'ПАО «Аэрофлот»': '7712040126',
  'ПАО «МТС»': '7740000076',
  'ПАО «МегаФон»': '7812014560',
  'ПАО «ВымпелКом»': '7713076301',
  'ПАО «Ростелеком»': '7707049388',
  'АО «Тандер»': '2310031475',
  'ООО «Агроторг»': '7825706086',
  'Банк ВТБ (ПАО)': '7702070139',
  'АО «Альфа-Банк»': '7728168971',
  'ПАО «Газпром нефть»': '5504036333',
  'ПАО «ГМК «Норильский никель»': '8401005730',
  'ПАО «Северсталь»': '3528000597',
  'ПАО «НОВАТЭК»': '6316031581',
  'Банк России': '7702235133',
} as const;

describe('validateInn', () => {
  it.each(Object.entries(REAL_LEGAL_INNS))('accepts the INN of %s (%s)', (_name, inn) => {
    expect(validateInn(inn)).toBe(true);
    expect(innKind(inn)).toBe('legal_entity');
  });

  it('accepts real individual INNs', () => {
    expect(validateInn('500100732259')).toBe(true);
    expect(innKind('500100732259')).toBe('individual');
  });

  it('lets the check digits alone decide: INNs starting with 00 pass when their check digits match', () => {
    // Issued 12-digit INNs start with 00 (no region code); no prefix rule may refuse them.
    expect(validateInn('001234567887')).toBe(true);
    expect(innKind('001234567887')).toBe('individual');
    expect(validateInn('000123456731')).toBe(true);
    expect(validateInn('0012345673')).toBe(true);
    expect(innKind('0012345673')).toBe('legal_entity');
    // ...and still fail on a wrong check digit.
    expect(validateInn('001234567888')).toBe(false);
    expect(validateInn('001234567897')).toBe(false);
    expect(validateInn('0012345674')).toBe(false);
    fc.assert(
      fc.property(digits(8), (body) => {
        expect(validateInn(completeInn(`00${body}`))).toBe(true);
      }),
    );
  });

  it('refuses wrong check digits, lengths, non-digits and an all-zero placeholder', () => {
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
      '000000000000',
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
    // No check digit, so no tax-office list decides either: a 00 prefix is a well-formed KPP.
    expect(validateKpp('001601001')).toBe(true);
  });
  it('refuses other shapes', () => {
    for (const value of ['77360100', '7736010011', '7736ab001', '77360100A', '7736 01001', '']) {
      expect(validateKpp(value), value).toBe(false);
    }
  });
});

describe('validateOgrn and validateOgrnip', () => {
  it('accepts real numbers', () => {
    expect(validateOgrn('1027700132195')).toBe(true); // Sberbank
    expect(validateOgrn('1027700229193')).toBe(true); // Yandex
    expect(validateOgrn('1027700070518')).toBe(true); // Gazprom
    expect(validateOgrn('1027700043502')).toBe(true); // Rosneft
    expect(validateOgrn('1037739877295')).toBe(true); // Russian Railways
    expect(validateOgrn('1027809169585')).toBe(true); // MegaFon
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
