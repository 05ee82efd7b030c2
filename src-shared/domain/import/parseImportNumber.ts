/** Currency words and signs spreadsheets write next to amounts (₽, руб., р., $, USD…). */
const CURRENCY = /(₽|руб\.?|р\.|\$|€|£|¥|₸|₴|usd|eur|rub|rur|gbp|cny|kzt)/giu;
/** Every space a spreadsheet uses between thousands: plain, non-breaking, narrow non-breaking, thin. */
const SPACES = /[\s\u00a0\u202f\u2009\u2007']/gu;
const PLAIN = /^-?\d+(\.\d+)?$/u;

/** "1.234.567" or "1,234,567": the separator repeats in groups of three, so it groups thousands. */
const GROUPED: Record<string, RegExp> = { ',': /^\d{1,3}(,\d{3})+$/u, '.': /^\d{1,3}(\.\d{3})+$/u };
const isGrouping = (digits: string, separator: ',' | '.'): boolean => GROUPED[separator]?.test(digits) ?? false;

const toPlain = (body: string): string | null => {
  const comma = body.lastIndexOf(',');
  const dot = body.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // Both: the later one is the decimal mark ("1.234,50" ru/de, "1,234.50" en).
    const decimal = comma > dot ? ',' : '.';
    const grouping = decimal === ',' ? '.' : ',';
    return body.replaceAll(grouping, '').replace(decimal, '.');
  }
  if (comma >= 0) {
    if (body.indexOf(',') !== comma) return isGrouping(body, ',') ? body.replaceAll(',', '') : null;
    return body.replace(',', '.');
  }
  if (dot >= 0 && body.indexOf('.') !== dot) return isGrouping(body, '.') ? body.replaceAll('.', '') : null;
  return body;
};

/**
 * A number as Russian and English spreadsheets write it: "1 234,50", "1 234,50 ₽" (with a
 * non-breaking space), "1,234.50", "$1,234.50", "-15", "(15)" for a negative, "12%"... A lone
 * comma is the Russian decimal mark ("0,5"); a comma or dot that repeats in groups of three
 * groups thousands. Null when the text is not one number.
 */
export const parseImportNumber = (raw: string): number | null => {
  let text = raw.replace(CURRENCY, '').replace(SPACES, '');
  if (text === '') return null;
  let sign = 1;
  if (/^\(.*\)$/u.test(text)) {
    sign = -1;
    text = text.slice(1, -1);
  }
  if (text.startsWith('-') || text.startsWith('\u2212')) {
    sign = -sign;
    text = text.slice(1);
  } else if (text.startsWith('+')) text = text.slice(1);
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  if (!/^[\d.,]+$/u.test(text) || !/\d/u.test(text)) return null;
  const plain = toPlain(text);
  if (plain === null || !PLAIN.test(plain)) return null;
  const value = sign * Number(plain);
  return percent ? value / 100 : value;
};
