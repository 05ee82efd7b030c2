import { syncEn } from '@shared/i18n/messages/sync.en';
import { syncRu } from '@shared/i18n/messages/sync.ru';
import { resources } from '@shared/i18n/resources';
import { describe, expect, it } from 'vitest';
import { clockAheadText } from '../../../src-renderer/modules/sync/utils/clockAheadText';
import { createI18n } from '../../../src-renderer/platform/createI18n';

// Copies: i18next keeps the catalogue it is given (see describeConflictValue.test).
const translator = (language: 'ru' | 'en', sync: typeof syncRu) => {
  const i18n = createI18n(language, structuredClone(resources[language].translation));
  i18n.addResourceBundle(language, 'translation', { sync }, true, false);
  return (key: string, values?: Record<string, unknown>) => i18n.t(key, values ?? {});
};
const ru = translator('ru', syncRu);
const en = translator('en', syncEn);
const MINUTE = 60_000;

describe('clockAheadText', () => {
  it('says minutes up to two hours, then hours, then days', () => {
    expect(clockAheadText(25 * MINUTE, ru)).toBe('25 мин');
    expect(clockAheadText(180 * MINUTE, ru)).toBe('3 ч');
    expect(clockAheadText(7 * 24 * 60 * MINUTE, ru)).toBe('7 дней');
    expect(clockAheadText(2 * 24 * 60 * MINUTE, ru)).toBe('2 дня');
    expect(clockAheadText(180 * MINUTE, en)).toBe('3 h');
    expect(clockAheadText(24 * 60 * MINUTE * 3, en)).toBe('3 days');
  });

  it('names the device in the warning, not «this device» (the card calls this computer so)', () => {
    expect(ru('sync.clockAhead', { id: '8db03d77', ahead: clockAheadText(180 * MINUTE, ru) })).toBe(
      'Часы устройства 8db03d77 спешат на 3 ч — время его изменений может быть неверным.',
    );
    expect(en('sync.clockAhead', { id: '8db03d77', ahead: clockAheadText(180 * MINUTE, en) })).toBe(
      'The clock of device 8db03d77 runs 3 h ahead: the times of its changes may be wrong.',
    );
  });
});
