/** Russian letters to Latin, ГОСТ-like (ё as e; hard and soft signs dropped). */
const RU_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * Lower-case Russian letters spelled in Latin (`номер тендера` → `nomer tendera`); every other
 * character is kept as it is, so callers decide what else a key or an address may hold.
 */
export const transliterateRu = (text: string): string => Array.from(text, (char) => RU_TO_LATIN[char] ?? char).join('');
