/**
 * A Russian patronymic (Петрович, Сергеевна, Ильинична, Оглы/Кызы forms): skipped, so
 * «Иван Петрович Сидоров» and «Сидоров Иван Петрович» both give the name and surname letters.
 */
const PATRONYMIC = /^\p{L}+(?:вич|вна|чна|ична|инична)$|^(?:оглы|кызы|улы|уулу)$/iu;

const firstLetter = (word: string): string => Array.from(word.replace(/^[^\p{L}\p{N}]+/u, ''))[0] ?? '';

/**
 * The avatar letters of a person without a photo, the same on cards, menus and the Team list:
 * the first letters of the first and last words of the name (patronymics left out), upper case.
 * «Анна Смирнова» → «АС», "anna" → "A", «Иван Петрович Сидоров» → «ИС».
 */
export const initials = (name: string): string => {
  const all = name
    .trim()
    .split(/\s+/)
    .filter((word) => firstLetter(word) !== '');
  const words = all.length > 2 ? all.filter((word) => !PATRONYMIC.test(word)) : all;
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return picked
    .map((word) => firstLetter(word ?? ''))
    .join('')
    .toLocaleUpperCase();
};
