import { describe, expect, it } from 'vitest';
import { ftsMatchExpression } from '../../../../src-shared/domain/search/ftsMatchExpression';
import { mixedScriptVariants, withLikeliestSpellings } from '../../../../src-shared/domain/search/mixedScriptVariants';
import { orderSearchHits } from '../../../../src-shared/domain/search/orderSearchHits';
import { phoneSearchTokens } from '../../../../src-shared/domain/search/phoneSearchTokens';
import { searchQueryPlan } from '../../../../src-shared/domain/search/searchQueryPlan';
import { stemSearchWord } from '../../../../src-shared/domain/search/stemSearchWord';

describe('phoneSearchTokens', () => {
  it('keys a number by all its digits, the last ten and the last seven, without the extension', () => {
    expect(phoneSearchTokens('+79123456789;ext=12')).toEqual(['79123456789', '9123456789', '3456789']);
    expect(phoneSearchTokens('+4930123')).toEqual(['4930123']);
    expect(phoneSearchTokens(null)).toEqual([]);
  });
});

describe('stemSearchWord', () => {
  it('drops one Russian case ending or English suffix, keeping four letters and numbers whole', () => {
    expect(stemSearchWord('ромашкой')).toBe('ромашк');
    expect(stemSearchWord('ромашки')).toBe('ромашк');
    expect(stemSearchWord('ромашка')).toBe('ромашк');
    expect(stemSearchWord('поставками')).toBe('поставк');
    expect(stemSearchWord('contracts')).toBe('contract');
    expect(stemSearchWord('лиса')).toBe('лиса');
    expect(stemSearchWord('ооо')).toBe('ооо');
    expect(stemSearchWord('2026а')).toBe('2026а');
  });
});

describe('mixedScriptVariants', () => {
  it('spells a word typed half in Latin, half in Cyrillic in each script, the script of most letters first', () => {
    // Latin R (sounds like Р; its key types К), Latin p (looks like р), H (looks like Н; its key is Р's).
    expect(mixedScriptVariants('rомашка')).toEqual(['ромашка', 'комашка', 'romashka', 'rjvfirf']);
    expect(mixedScriptVariants('pомашка')).toEqual(['ромашка', 'помашка', 'зомашка', 'pomashka', 'pjvfirf']);
    expect(mixedScriptVariants('hомашка')).toContain('ромашка');
    // A Cyrillic с in a Latin word: as the letter it looks like first, then the rest.
    expect(mixedScriptVariants('сisco')).toEqual(['cisco', 'sisco', 'сиссо', 'сиско', 'сшысщ']);
  });

  it('leaves words in one script, and digits, alone', () => {
    expect(mixedScriptVariants('ромашка')).toEqual([]);
    expect(mixedScriptVariants('cisco')).toEqual([]);
    expect(mixedScriptVariants('7707083893')).toEqual([]);
    expect(mixedScriptVariants('ооо2024')).toEqual([]);
  });
});

describe('withLikeliestSpellings', () => {
  it('follows each indexed word mixing scripts with its likeliest spelling, and leaves the rest', () => {
    expect(withLikeliestSpellings('pомашка трейд')).toBe('pомашка ромашка трейд');
    expect(withLikeliestSpellings('ооо ромашка llc')).toBe('ооо ромашка llc');
    expect(withLikeliestSpellings('ромашка')).toBe('ромашка');
  });
});

describe('searchQueryPlan', () => {
  it('folds words (case, ё) into stemmed prefixes, each required', () => {
    expect(searchQueryPlan('Поставки  ЁЛОК', 'RU')).toEqual({
      folded: 'поставки елок',
      prefixes: [['поставк'], ['елок']],
      exactKeys: [],
    });
  });

  it('matches a word mixing scripts as typed or spelled in either script, ranked by its likeliest spelling', () => {
    expect(searchQueryPlan('Rомашка', 'RU')).toEqual({
      folded: 'ромашка',
      prefixes: [['rомашк', 'ромашк', 'комашк', 'romashka', 'rjvfirf']],
      exactKeys: [],
    });
    expect(searchQueryPlan('ООО Rомашка', 'RU')?.prefixes[0]).toEqual(['ооо']);
  });

  it('reads a number as its digits or, when it is a phone, its E.164 digits in the workspace country', () => {
    expect(searchQueryPlan('8 (912) 345-67-89', 'RU')).toMatchObject({
      prefixes: [['89123456789', '79123456789']],
      exactKeys: ['89123456789', '79123456789'],
    });
    expect(searchQueryPlan('7707083893', 'RU')?.exactKeys[0]).toBe('7707083893');
    expect(searchQueryPlan('345-67-89', 'RU')).toMatchObject({ prefixes: [['3456789']] });
  });

  it('asks for at least two characters', () => {
    expect(searchQueryPlan('ё', 'RU')).toBeNull();
    expect(searchQueryPlan(' - ', 'RU')).toBeNull();
    expect(searchQueryPlan('ёж', 'RU')).not.toBeNull();
  });
});

describe('ftsMatchExpression', () => {
  it('requires every group, any prefix within a group, quoted, optionally in columns', () => {
    expect(ftsMatchExpression([['а б'], ['1', '2']])).toBe('"а б"* AND ("1"* OR "2"*)');
    expect(ftsMatchExpression([['x"y']], '{name keys}')).toBe('{name keys} : ("x""y"*)');
  });
});

describe('orderSearchHits', () => {
  it('puts exact identifiers first, then names starting with the query, then a word starting with it', () => {
    const hit = (title: string, exact = false) => ({ title, exact });
    const ordered = orderSearchHits(
      [hit('Дом Север'), hit('Южный'), hit('Северсталь'), hit('Прочее', true), hit('«Север» ООО')],
      'север',
    );
    expect(ordered.map((h) => h.title)).toEqual(['Прочее', 'Северсталь', '«Север» ООО', 'Дом Север', 'Южный']);
  });
});
