/**
 * A LIKE pattern (with `ESCAPE '\'`) matching `text` anywhere in a column folded by `foldedText`:
 * lower case in any script, ё as е.
 */
export const likePattern = (text: string): string =>
  `%${text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
