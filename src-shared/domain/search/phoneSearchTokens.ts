/**
 * The words a stored phone key (E.164, `+77011234567;ext=12`) is indexed under: all its digits,
 * and its last ten and last seven, so a number typed whole in any format, without its country
 * code ("701 123 45 67") or as the local part only ("123-45-67") finds it by prefix.
 */
export const phoneSearchTokens = (e164: string | null): string[] => {
  if (!e164) return [];
  const digits = (e164.split(';')[0] ?? '').replace(/\D/gu, '');
  if (digits.length === 0) return [];
  const tokens = [digits];
  for (const tail of [10, 7]) if (digits.length > tail) tokens.push(digits.slice(-tail));
  return [...new Set(tokens)];
};
