import { formatPhone } from '../../domain/normalizePhone';
import { checkedText } from './fields';

// The phone rule lives apart from the other field rules because it needs libphonenumber's
// metadata (~120 kB): screens that validate no phone (the board, the user form) load without it.

/**
 * What can be judged of a phone without the workspace's default country: a number written with
 * its country code ("+…", "00…") is valid or not anywhere, and no country's numbers are shorter
 * than four digits. Checked here so a form flags it as the box is left.
 */
const couldBePhone = (value: string): boolean => {
  if ((value.match(/\d/gu) ?? []).length < 4) return false;
  return /^\s*(\+|00)/u.test(value) ? formatPhone(value, 'RU') !== null : true;
};

/**
 * A phone as typed. The core reads a national number with the workspace's default phone country,
 * refuses it as `phone_invalid` if it is not a number there, and stores it in international form
 * with its extension, for companies and contacts alike; its E.164 key is stored beside it for
 * matching.
 */
export const phoneFieldSchema = checkedText(50, couldBePhone, 'phone_invalid', 'Invalid phone number');
