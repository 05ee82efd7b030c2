import { describe, expect, it } from 'vitest';
import { suggestImportValue } from '@shared/domain/import/suggestImportValue';

const stages = [
  { value: 'qualification', names: ['Квалификация', 'qualification'] },
  { value: 'proposal', names: ['Коммерческое предложение', 'proposal'] },
  { value: 'won', names: ['won', 'closed won', 'успешно реализовано'] },
];

describe('suggestImportValue', () => {
  it('matches a name ignoring case, ё and spaces at the ends', () => {
    expect(suggestImportValue('  КВАЛИФИКАЦИЯ ', stages)).toBe('qualification');
    expect(suggestImportValue('Closed Won', stages)).toBe('won');
  });

  it('matches a name that contains the value or is contained in it', () => {
    expect(suggestImportValue('Коммерческое предложение отправлено', stages)).toBe('proposal');
    expect(suggestImportValue('предложение', stages)).toBe('proposal');
  });

  it('prefers an exact name over a containing one', () => {
    const options = [
      { value: 'a', names: ['Иван Петров старший'] },
      { value: 'b', names: ['Иван Петров'] },
    ];
    expect(suggestImportValue('иван петров', options)).toBe('b');
  });

  it('suggests nothing for blank, short or unknown values', () => {
    expect(suggestImportValue('', stages)).toBeNull();
    expect(suggestImportValue('won', [{ value: 'x', names: ['wonderful deal'] }])).toBeNull();
    expect(suggestImportValue('Переговоры', stages)).toBeNull();
  });
});
