/** `1 500` / `1,500` / `1.500.000`: thousands groups after the first are exactly three digits. */
const parseGrouped = (text: string): string | null => {
  if (text === '') return '0';
  const groups = text.split(/[.,]/);
  const separators = new Set(text.replace(/\d/g, ''));
  if (separators.size > 1) return null;
  const [first = '', ...rest] = groups;
  if (rest.length === 0) return /^\d+$/.test(first) ? first : null;
  if (!/^\d{1,3}$/.test(first) || rest.some((group) => !/^\d{3}$/.test(group))) return null;
  return groups.join('');
};

/**
 * What a person types as an amount → integer minor units, or null when it is not an amount.
 * Accepts Russian and English habits alike: `1 500,50`, `1500.5`, `1,500.50`, `1.500,50`.
 * A single `,` or `.` followed by at most `fractionDigits` digits is the decimal mark; followed
 * by exactly three it groups thousands. Works on digit strings, never floats, so it is exact.
 * Empty text means zero (the amount is optional).
 */
export const parseMoneyInput = (text: string, fractionDigits: number): number | null => {
  const digits = parseMoneyDigits(text, fractionDigits);
  const minor = digits === null ? NaN : Number(digits);
  return Number.isSafeInteger(minor) ? minor : null;
};

/** The amount in minor units as a digit string (any size), or null when the text is not an amount. */
export const parseMoneyDigits = (text: string, fractionDigits: number): string | null => {
  const compact = text.replace(/[\s\u00a0\u202f']/g, '');
  if (compact === '') return '0';
  if (!/^[\d.,]+$/.test(compact) || !/\d/.test(compact)) return null;

  const markAt = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
  let integerText = compact;
  let fraction = '';
  if (markAt >= 0) {
    const mark = compact.charAt(markAt);
    const head = compact.slice(0, markAt);
    const tail = compact.slice(markAt + 1);
    const markRepeats = head.includes(mark);
    const headHasOtherMark = /[.,]/.test(head);
    const isDecimal =
      !markRepeats &&
      (headHasOtherMark || tail.length <= fractionDigits) &&
      !(tail.length === 3 && !headHasOtherMark && fractionDigits < 3);
    if (isDecimal) {
      if (tail.length > fractionDigits) return null;
      integerText = head;
      fraction = tail;
    }
  }
  const integerDigits = parseGrouped(integerText);
  if (integerDigits === null) return null;
  return integerDigits + fraction.padEnd(fractionDigits, '0');
};
