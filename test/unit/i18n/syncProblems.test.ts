import { BUNDLE_PROBLEMS } from '@shared/contract/schemas/sync';
import { syncEn } from '@shared/i18n/messages/sync.en';
import { syncRu } from '@shared/i18n/messages/sync.ru';
import { describe, expect, it } from 'vitest';

describe('sync bundle problems', () => {
  it('has a message for every reason a bundle is refused, in ru and en', () => {
    for (const reason of BUNDLE_PROBLEMS) {
      expect(syncRu.problems[reason], reason).toMatch(/\S/);
      expect(syncEn.problems[reason], reason).toMatch(/\S/);
    }
    expect(Object.keys(syncRu.problems).sort()).toEqual([...BUNDLE_PROBLEMS].sort());
  });
});
