import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '@shared/domain/passphraseStrength';

describe('passphraseStrength', () => {
  it('calls short and repetitive passphrases weak', () => {
    expect(passphraseStrength('password')).toBe('weak');
    expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('abababab1212!!')).toBe('weak');
  });

  it('rates mixed characters fair and length strong, in any alphabet', () => {
    expect(passphraseStrength('Pa55word!')).toBe('fair');
    expect(passphraseStrength('horsebattery')).toBe('fair');
    expect(passphraseStrength('correct horse battery')).toBe('strong');
    expect(passphraseStrength('Ворона1 сыр!')).toBe('strong');
    expect(passphraseStrength('ворона и сыр')).toBe('fair');
  });
});
