import { en } from '@shared/i18n/en';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src-renderer/platform/createI18n';
import { switchLanguage } from '../../../src-renderer/platform/switchLanguage';

describe('the window loads one language and the other on a switch', () => {
  it('starts with only the shown catalogue', () => {
    const i18n = createI18n('en', en);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('ru', 'translation')).toBe(false);
    expect(i18n.t('nav.deals')).toBe('Deals');
  });

  it('loads the Russian catalogue before switching to it, and switches back', async () => {
    const i18n = createI18n('en', en);
    await switchLanguage(i18n, 'ru');
    expect(i18n.language).toBe('ru');
    expect(i18n.t('nav.deals')).toBe('Сделки');
    await switchLanguage(i18n, 'en');
    expect(i18n.t('nav.deals')).toBe('Deals');
  });
});
