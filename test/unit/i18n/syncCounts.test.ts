import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { syncEn } from '@shared/i18n/messages/sync.en';
import { syncRu } from '@shared/i18n/messages/sync.ru';
import { syncFolderEn } from '@shared/i18n/messages/syncFolder.en';
import { syncFolderRu } from '@shared/i18n/messages/syncFolder.ru';

/** The sync catalogues in an i18next set up as the window's (see createI18n). */
const translator = (language: 'ru' | 'en') => {
  const instance = i18next.createInstance();
  void instance.init({
    resources: {
      ru: { translation: { sync: syncRu, syncFolder: syncFolderRu } },
      en: { translation: { sync: syncEn, syncFolder: syncFolderEn } },
    },
    lng: language,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t.bind(instance);
};

/** NBSP (Intl's group separator in Russian) as a plain space, to compare. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('sync counts grouped by thousands', () => {
  it('reads «Ждут отправки: 30 373 изменения», not «30373», after a first bundle of a large workspace', () => {
    const t = translator('ru');
    expect(plain(t('sync.waiting', { count: 30_373 }))).toBe('Ждут отправки: 30 373 изменения');
    expect(plain(t('sync.waiting', { count: 30_375 }))).toBe('Ждут отправки: 30 375 изменений');
    expect(plain(t('syncFolder.waitingOut', { count: 1_200 }))).toBe(
      'Ждут отправки: 1 200 изменений этого устройства.',
    );
    expect(plain(t('sync.pending', { count: 12_000 }))).toBe('Записей ждут связанных записей: 12 000');
  });

  it('uses the English grouping in English', () => {
    const t = translator('en');
    expect(t('sync.waiting', { count: 30_373 })).toBe('30,373 changes waiting to go out');
    expect(t('sync.exported', { count: 1_500, fileName: 'a.vsync' })).toBe('Saved bundle a.vsync: 1,500 changes');
  });
});
