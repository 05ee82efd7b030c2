/**
 * LIKE patterns over normalised phone numbers (`+7…`) for a search box that looks like part of a
 * phone number (3+ digits): the digits anywhere, and a Russian `8…`/`7…` prefix as `+7…`.
 */
export const phoneSearchPatterns = (text: string): string[] => {
  if (!/^[\d\s()+\-.]+$/.test(text)) return [];
  const digits = text.replace(/\D/g, '');
  if (digits.length < 3) return [];
  const patterns = [`%${digits}%`];
  if (/^[78]\d{3,}/.test(digits) && !text.trim().startsWith('+')) patterns.push(`+7${digits.slice(1)}%`);
  return patterns;
};
