import punycode from 'punycode.js';

/** One DNS label: letters (any script), digits and inner hyphens, 1..63 characters. */
const LABEL = /^(?!-)[\p{L}\p{M}\p{N}-]{1,63}(?<!-)$/u;
const MAX_HOSTNAME = 253;
const PLAIN_ASCII_HOST = /^[a-z0-9.-]*$/;

/**
 * A host name in the one form used for storage and duplicate matching: lower case, no trailing
 * dot, and internationalised names as Unicode (`xn--e1afmkfd.xn--p1ai` → `пример.рф`), because
 * that is what people type and read. Null when it is not a host name with a top-level domain.
 */
export const normalizeHostname = (raw: string): string | null => {
  const host = raw.trim().replace(/\.$/, '').normalize('NFC').toLowerCase();
  if (host.length === 0 || host.length > MAX_HOSTNAME) return null;
  let unicode = host;
  // A plain ASCII name without an xn-- label is its own Unicode form (nearly every one).
  if (!PLAIN_ASCII_HOST.test(host) || host.includes('xn--')) {
    try {
      unicode = punycode.toUnicode(host).normalize('NFC').toLowerCase();
    } catch {
      return null; // malformed xn-- label
    }
  }
  const labels = unicode.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  // An all-digit top level means an IP address, which is not a company's web domain.
  if (/^\d+$/.test(labels.at(-1) ?? '')) return null;
  return unicode;
};
