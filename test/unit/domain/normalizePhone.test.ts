import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone, rememberPhoneKeys } from '@shared/domain/normalizePhone';
import { phoneFieldSchema } from '@shared/contract/schemas/phoneField';

describe('normalizePhone', () => {
  it.each([
    ['8 (916) 123-45-67', '+79161234567'],
    ['89161234567', '+79161234567'],
    ['7 916 123 45 67', '+79161234567'],
    ['+7 (916) 123-45-67', '+79161234567'],
    ['+7-916-123-45-67', '+79161234567'],
    ['(495) 123-45-67', '+74951234567'],
    ['495.123.45.67', '+74951234567'],
    ['8 800 555-35-35', '+78005553535'],
    ['  +7 916 123 45 67  ', '+79161234567'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+1 (212) 555-0100', '+12125550100'],
    ['00 49 30 1234567', '+49301234567'],
    ['8 10 49 30 1234567', '+49301234567'],
    ['8-10-49-30-1234567', '+49301234567'],
    ['+375 29 123-45-67', '+375291234567'],
    // A German trunk "(0)" written after the country code is not dialled from abroad.
    ['+49 (0) 30 1234567', '+49301234567'],
    ['+49 30 1234567', '+49301234567'],
    // Kazakhstan shares +7: its 70x mobile codes are read as Kazakh, not refused as Russian.
    ['(701) 234-56-78', '+77012345678'],
    ['8 701 234 56 78', '+77012345678'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });

  it.each([
    ['+7 495 123-45-67 доб. 12', '+74951234567;ext=12'],
    ['+7 495 123-45-67 вн. 12', '+74951234567;ext=12'],
    ['+7 495 123-45-67 ext. 12', '+74951234567;ext=12'],
    ['+7 495 123-45-67 x12', '+74951234567;ext=12'],
    ['+7 495 123-45-67 #12', '+74951234567;ext=12'],
    ['(701) 234-56-78 доб. 5', '+77012345678;ext=5'],
  ])('keeps the extension: %s → %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });

  it('reads a number without country code as the given country’s', () => {
    expect(normalizePhone('030 1234567', 'DE')).toBe('+49301234567');
    expect(normalizePhone('(212) 555-0100', 'US')).toBe('+12125550100');
    expect(normalizePhone('030 1234567')).toBeNull();
  });

  it.each([
    [''],
    ['   '],
    ['123'],
    ['phone'],
    ['8 916 123'],
    ['+7 916 123 45 6'],
    ['+7 916 123 45 678'],
    ['0441234567'],
    ['+1 234 567 890 123 456'],
    ['+7 916 +123 45 67'],
    ['email@example.com'],
  ])('%j is not a phone number', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
    expect(formatPhone(raw)).toBeNull();
  });

  it('writes any Russian mobile number the same way whichever prefix is used', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^9\d{9}$/), fc.constantFrom('8', '7', '+7', '+7 ', '8 ('), (ten, prefix) => {
        const spaced = `${ten.slice(0, 3)}${prefix.endsWith('(') ? ')' : ''} ${ten.slice(3, 6)}-${ten.slice(6, 8)}-${ten.slice(8)}`;
        expect(normalizePhone(`${prefix}${spaced}`)).toBe(`+7${ten}`);
      }),
    );
  });

  it('is idempotent: the stored form normalises and formats to itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\d ()+-]{0,24}( доб\. \d{1,4})?$/), (raw) => {
        const key = normalizePhone(raw);
        const shown = formatPhone(raw);
        if (shown === null) {
          expect(key).toBeNull();
        } else {
          expect(formatPhone(shown)).toBe(shown);
          expect(normalizePhone(shown)).toBe(key);
        }
      }),
    );
  });
});

describe('formatPhone', () => {
  it.each([
    ['+49 (0) 30 1234567', '+49 30 1234567'],
    ['(701) 234-56-78', '+7 701 234 5678'],
    ['8(916)1234567 доб. 12', '+7 916 123 45 67 ext. 12'],
  ])('%s is stored as %s', (raw, expected) => {
    expect(formatPhone(raw)).toBe(expected);
  });
});

describe('rememberPhoneKeys', () => {
  it("answers normalizePhone with another thread's keys of numbers written with their +, not national ones", () => {
    // Keys no parse would give: what is answered is what was remembered.
    rememberPhoneKeys(['+7 999 000 00 01', '8 999 000 00 02'], ['remembered-1', 'remembered-2']);
    expect(normalizePhone('+7 999 000 00 01')).toBe('remembered-1');
    expect(normalizePhone('+7 999 000 00 01', 'KZ')).toBe('remembered-1');
    // A national number's key depends on the country it is read with: never taken from elsewhere.
    expect(normalizePhone('8 999 000 00 02')).toBe('+79990000002');
    rememberPhoneKeys(['+7 999 000 00 01'], ['+79990000001']);
    expect(normalizePhone('+7 999 000 00 01')).toBe('+79990000001');
  });
});

describe('phoneFieldSchema', () => {
  // A national number is only judged with the workspace's phone country, so the core normalises
  // it (test/integration/core/phones.test.ts); the contract trims it and refuses what no country reads.
  it('passes a national number on as typed and refuses an invalid international one with a translatable reason', () => {
    expect(phoneFieldSchema.parse(' 8 (701) 234-56-78 вн. 3 ')).toBe('8 (701) 234-56-78 вн. 3');
    expect(phoneFieldSchema.safeParse('12').success).toBe(false);
    expect(phoneFieldSchema.parse('')).toBeNull();
    const result = phoneFieldSchema.safeParse('+7 916 123');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ params: { reason: 'phone_invalid' } });
  });
});
