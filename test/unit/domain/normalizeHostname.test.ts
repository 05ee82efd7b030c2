import fc from 'fast-check';
import punycode from 'punycode.js';
import { describe, expect, it } from 'vitest';
import { normalizeHostname } from '@shared/domain/normalizeHostname';

/** The rule as it was before its fast path for plain ASCII names: every name through punycode. */
const throughPunycode = (raw: string): string | null => {
  const host = raw.trim().replace(/\.$/, '').normalize('NFC').toLowerCase();
  if (host.length === 0 || host.length > 253) return null;
  let unicode: string;
  try {
    unicode = punycode.toUnicode(host).normalize('NFC').toLowerCase();
  } catch {
    return null;
  }
  const labels = unicode.split('.');
  if (labels.length < 2 || !labels.every((label) => /^(?!-)[\p{L}\p{M}\p{N}-]{1,63}(?<!-)$/u.test(label))) return null;
  return /^\d+$/.test(labels.at(-1) ?? '') ? null : unicode;
};

describe('normalizeHostname', () => {
  it('reads xn-- labels and ideographic full stops as Unicode, plain ASCII names as they are', () => {
    expect(normalizeHostname('XN--E1AFMKFD.xn--p1ai')).toBe('пример.рф');
    expect(normalizeHostname('example\u3002com')).toBe('example.com');
    expect(normalizeHostname('Company7.RU.')).toBe('company7.ru');
  });

  it('takes a plain ASCII name by its fast path exactly as through punycode', () => {
    const host = fc.stringMatching(/^[A-Za-z0-9.-]{1,40}$/);
    fc.assert(
      fc.property(host, (raw) => {
        expect(normalizeHostname(raw)).toBe(throughPunycode(raw));
      }),
    );
    for (const raw of ['xn--p1ai.ru', 'a.xn--zz', 'company1.ru', '-a.ru', 'a..ru', '1.2.3.4', 'ru']) {
      expect(normalizeHostname(raw), raw).toBe(throughPunycode(raw));
    }
  });
});
