import { describe, expect, it } from 'vitest';
import { companyNameKey, rememberNameKeys } from '@shared/domain/companyNameKey';
import { isPlainText } from '@shared/domain/foldText';

/** Every character foldText reads as plain text (its fast path). */
const plainCharacters = (): string[] =>
  Array.from({ length: 0x2020 }, (_, code) => String.fromCharCode(code)).filter(isPlainText);
/** Not plain, a word break in any rule, and NFC- and NFKD-stable: sends a text down the general path. */
const NOT_PLAIN_BREAK = '\u2028';

describe('companyNameKey', () => {
  it.each([
    ['ООО «Ромашка»', 'ромашка'],
    ['Ромашка, ООО', 'ромашка'],
    ['Общество с ограниченной ответственностью "Ромашка"', 'ромашка'],
    ['ао  Ёлка-Палка', 'елка палка'],
    ['ПАО "Сбербанк России"', 'сбербанк россии'],
    ['Acme Corp.', 'acme'],
    ['ACME, Inc.', 'acme'],
    ['ИП Иванов И.И.', 'иванов и и'],
  ])('%s → %s', (name, key) => {
    expect(companyNameKey(name)).toBe(key);
  });

  it('leaves nothing of a bare legal form', () => {
    expect(companyNameKey('ООО')).toBe('');
  });

  it('keys plain names by its fast path exactly as by NFC and Unicode word breaks', () => {
    for (const character of plainCharacters()) {
      const name = `ООО «Ab${character}Яё${character}1» LLC`;
      expect(companyNameKey(name), `U+${character.charCodeAt(0).toString(16)}`).toBe(
        companyNameKey(`${name}${NOT_PLAIN_BREAK}`),
      );
    }
  });
});

describe('rememberNameKeys', () => {
  it("answers companyNameKey with another thread's keys, and forgets them when a batch would overfill it", () => {
    rememberNameKeys(['ООО «Запомненная»'], ['remembered']);
    expect(companyNameKey('ООО «Запомненная»')).toBe('remembered');
    expect(companyNameKey('ООО «Другая»')).toBe('другая');
    const names = Array.from({ length: 4096 }, (_, at) => `Фирма ${at}`);
    rememberNameKeys(
      names,
      names.map((_, at) => `key ${at}`),
    );
    expect(companyNameKey('ООО «Запомненная»')).toBe('запомненная');
    expect(companyNameKey('Фирма 4095')).toBe('key 4095');
    // Their true keys again, for whatever runs after.
    rememberNameKeys(
      names,
      names.map((name) => name.toLowerCase()),
    );
  });
});
