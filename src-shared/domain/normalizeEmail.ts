import { normalizeHostname } from './normalizeHostname';

/** Unquoted local part (RFC 5322 atoms, any script for EAI); dots only between atoms. */
const LOCAL_PART = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const MAX_LOCAL = 64;
const MAX_EMAIL = 254;

/**
 * An e-mail address in the one form used for storage and duplicate matching: trimmed, without a
 * `mailto:`, lower case (every mail system in use treats the local part case-insensitively) and
 * the domain as Unicode. Null when it is not an address.
 */
export const normalizeEmail = (raw: string): string | null => {
  const text = raw.trim().replace(/^mailto:/i, '');
  if (/\s/.test(text)) return null;
  const at = text.lastIndexOf('@');
  if (at <= 0) return null;
  const local = text.slice(0, at).normalize('NFC').toLowerCase();
  if (local.length > MAX_LOCAL || !LOCAL_PART.test(local)) return null;
  const domain = normalizeHostname(text.slice(at + 1));
  if (domain === null) return null;
  const email = `${local}@${domain}`;
  return email.length > MAX_EMAIL ? null : email;
};
