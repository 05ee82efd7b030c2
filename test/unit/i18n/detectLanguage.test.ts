import { detectLanguage } from '@shared/i18n/detectLanguage';
import { describe, expect, it } from 'vitest';

describe('detectLanguage', () => {
  it('uses the saved setting first', () => {
    expect(detectLanguage('en', 'ru-RU')).toBe('en');
    expect(detectLanguage('ru', 'en-US')).toBe('ru');
  });

  it('maps any Russian locale to ru and everything else to en', () => {
    expect(detectLanguage(null, 'ru')).toBe('ru');
    expect(detectLanguage(null, 'ru-RU')).toBe('ru');
    expect(detectLanguage(undefined, 'RU-ua')).toBe('ru');
    expect(detectLanguage(null, 'en-GB')).toBe('en');
    expect(detectLanguage(null, 'de-DE')).toBe('en');
    expect(detectLanguage(null, undefined)).toBe('en');
  });
});
