/** Characters that make a spreadsheet treat text as a formula (or split it into cells). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe, as OWASP advises
 * for CSV injection; numbers are written as numbers and never need it.
 */
export const neutralizeCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);
