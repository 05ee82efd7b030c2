import { describe, expect, it } from 'vitest';
import { foldText, isPlainText, rememberFolds, searchWords } from '@shared/domain/foldText';

/** Every character foldText reads as plain text (its fast path). */
const plainCharacters = (): string[] =>
  Array.from({ length: 0x2020 }, (_, code) => String.fromCharCode(code)).filter(isPlainText);
/** Not plain, a word break in any rule, and NFC- and NFKD-stable: sends a text down the general path. */
const NOT_PLAIN_BREAK = '\u2028';

describe('foldText', () => {
  it('folds ё and Ё to е and any case to lower case', () => {
    expect(foldText('Ёлочные игрушки')).toBe('елочные игрушки');
    expect(foldText('ЁЖ')).toBe('еж');
    expect(foldText('ПАО СБЕРБАНК')).toBe('пао сбербанк');
  });

  it('keeps й, drops Latin accents and folds Latin case', () => {
    expect(foldText('Йогурт')).toBe('йогурт');
    expect(foldText('Café Müller')).toBe('cafe muller');
    expect(foldText('ACME Corp')).toBe('acme corp');
  });

  it('reads punctuation and runs of spaces as one word break', () => {
    expect(foldText('ООО «Ёлочка»')).toBe('ооо елочка');
    expect(foldText('  "Ромашка",   ООО ')).toBe('ромашка ооо');
    expect(foldText('Интеграция с 1С:Предприятие')).toBe('интеграция с 1с предприятие');
    expect(foldText('…!')).toBe('');
  });

  it('folds mixed scripts and compatibility forms alike', () => {
    expect(foldText('CRM-система ﬁnance №5')).toBe('crm система finance no5');
  });

  it('orders folded titles digits, Latin, Cyrillic, each alphabetically, by plain comparison', () => {
    const titles = ['яблоко', 'Banana', 'ёж', 'apple', 'Ёлка', '2024 план', 'Елена'];
    const sorted = [...titles].sort((a, b) => (foldText(a) < foldText(b) ? -1 : foldText(a) > foldText(b) ? 1 : 0));
    expect(sorted).toEqual(['2024 план', 'apple', 'Banana', 'ёж', 'Елена', 'Ёлка', 'яблоко']);
  });
});

describe('searchWords', () => {
  it('splits a query into folded words, once each', () => {
    expect(searchWords(' Интеграция  1С ')).toEqual(['интеграция', '1с']);
    expect(searchWords('ёлка Елка')).toEqual(['елка']);
    expect(searchWords('«Ромашка», ООО')).toEqual(['ромашка', 'ооо']);
    expect(searchWords(' ,. ')).toEqual([]);
  });

  it('folds plain text by its fast path exactly as by the general rule', () => {
    const characters = plainCharacters();
    expect(characters.length).toBeGreaterThan(200);
    for (const character of characters) {
      const text = `Ab${character}Яё${character}${character}1`;
      expect(isPlainText(`${text}${NOT_PLAIN_BREAK}`)).toBe(false);
      expect(foldText(text), `U+${character.charCodeAt(0).toString(16)}`).toBe(foldText(`${text}${NOT_PLAIN_BREAK}`));
    }
  });
});

describe('rememberFolds', () => {
  it("answers foldText with another thread's folds, and forgets them when a batch would overfill it", () => {
    // Folds no rule would give: what is answered is what was remembered.
    rememberFolds(['Remembered Name'], ['remembered']);
    expect(foldText('Remembered Name')).toBe('remembered');
    expect(foldText('Other Name')).toBe('other name');
    const texts = Array.from({ length: 8192 }, (_, at) => `Name ${at}`);
    rememberFolds(
      texts,
      texts.map((_, at) => `fold ${at}`),
    );
    // The earlier entry made room for the whole batch: it is worked out again, the batch is kept.
    expect(foldText('Remembered Name')).toBe('remembered name');
    expect(foldText('Name 0')).toBe('fold 0');
    expect(foldText('Name 8191')).toBe('fold 8191');
    // Their true folds again, for whatever runs after.
    rememberFolds(
      texts,
      texts.map((text) => text.toLowerCase()),
    );
  });
});
