import { resources } from '@shared/i18n/resources';
import { describe, expect, it } from 'vitest';
import { ensureIcpMessages } from '../../../src-renderer/modules/icp/utils/ensureIcpMessages';
import { icpSizeSummary } from '../../../src-renderer/modules/icp/utils/icpSizeSummary';
import { createI18n } from '../../../src-renderer/platform/createI18n';

const translator = (language: 'ru' | 'en') => {
  const instance = createI18n(language, resources[language].translation);
  ensureIcpMessages(instance);
  return (key: string, values?: Record<string, unknown>) => instance.t(key, values ?? {});
};

describe('icpSizeSummary', () => {
  const ru = translator('ru');
  const en = translator('en');

  it('reads an open range in words, not as a dash to nothing', () => {
    expect(icpSizeSummary({ sizeMin: 'large', sizeMax: null }, ru)).toBe('размер от Крупная (251–1000)');
    expect(icpSizeSummary({ sizeMin: null, sizeMax: 'small' }, ru)).toMatch(/^размер до Малая/);
    expect(icpSizeSummary({ sizeMin: 'large', sizeMax: null }, en)).toBe('size from Large (251–1000)');
    expect(icpSizeSummary({ sizeMin: null, sizeMax: 'small' }, en)).toMatch(/^size up to Small/);
  });

  it('keeps the dash between two bounds, and says nothing when any size fits', () => {
    expect(icpSizeSummary({ sizeMin: 'small', sizeMax: 'large' }, ru)).toMatch(
      /^размер Малая .* – Крупная \(251–1000\)$/,
    );
    expect(icpSizeSummary({ sizeMin: null, sizeMax: null }, ru)).toBe('');
  });
});
