import { CONFLICT_REASONS } from '@shared/contract/conflictReasons';
import { FIELD_ISSUE_REASONS } from '@shared/contract/schemas/fields';
import { en } from '@shared/i18n/en';
import { ru } from '@shared/i18n/ru';
import { describe, expect, it } from 'vitest';

describe('field issue reasons', () => {
  it('each have a message in Russian and English', () => {
    for (const reason of FIELD_ISSUE_REASONS) {
      expect(ru.issueReasons[reason], reason).toMatch(/\S/);
      expect(en.issueReasons[reason], reason).toMatch(/\S/);
    }
    expect(Object.keys(ru.issueReasons).sort()).toEqual([...FIELD_ISSUE_REASONS].sort());
  });
});

describe('conflict reasons', () => {
  it('each have a message in Russian and English, and nothing else does', () => {
    for (const reason of CONFLICT_REASONS) {
      expect(ru.conflictReasons[reason], reason).toMatch(/\S/);
      expect(en.conflictReasons[reason], reason).toMatch(/\S/);
    }
    expect(Object.keys(ru.conflictReasons).sort()).toEqual([...CONFLICT_REASONS].sort());
  });
});
