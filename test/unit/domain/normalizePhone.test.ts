import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhone } from '@shared/domain/normalizePhone';

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
    ['+7 495 123-45-67 доб. 123', '+74951234567'],
    ['+7 495 123-45-67 ext 9', '+74951234567'],
    ['  +7 916 123 45 67  ', '+79161234567'],
    ['+44 20 7946 0958', '+442079460958'],
    ['+1 (212) 555-0100', '+12125550100'],
    ['00 49 30 1234567', '+49301234567'],
    ['8 10 49 30 1234567', '+49301234567'],
    ['+375 29 123-45-67', '+375291234567'],
    ['380 44 123 4567', '+380441234567'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
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
  });

  it('writes any Russian mobile number the same way whichever prefix is used', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^9\d{9}$/), fc.constantFrom('8', '7', '+7', '+7 ', '8 ('), (ten, prefix) => {
        const spaced = `${ten.slice(0, 3)}${prefix.endsWith('(') ? ')' : ''} ${ten.slice(3, 6)}-${ten.slice(6, 8)}-${ten.slice(8)}`;
        expect(normalizePhone(`${prefix}${spaced}`)).toBe(`+7${ten}`);
      }),
    );
  });

  it('is idempotent: a normalised number normalises to itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\d ()+-]{0,24}$/), (raw) => {
        const once = normalizePhone(raw);
        if (once !== null) expect(normalizePhone(once)).toBe(once);
      }),
    );
  });
});
