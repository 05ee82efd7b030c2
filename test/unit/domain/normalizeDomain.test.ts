import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDomain } from '@shared/domain/normalizeDomain';

describe('normalizeDomain', () => {
  it.each([
    ['example.com', 'example.com'],
    ['Example.COM', 'example.com'],
    ['https://www.example.com/', 'example.com'],
    ['HTTP://WWW.Example.com/ru/about?x=1#top', 'example.com'],
    ['www.example.com', 'example.com'],
    ['www2.example.com', 'example.com'],
    ['//cdn.example.com/x', 'cdn.example.com'],
    ['https://user:pass@shop.example.co.uk:8443/cart', 'shop.example.co.uk'],
    ['example.com.', 'example.com'],
    ['  https://example.com  ', 'example.com'],
    ['пример.рф', 'пример.рф'],
    ['https://www.ПРИМЕР.РФ/каталог', 'пример.рф'],
    ['http://xn--e1afmkfd.xn--p1ai/', 'пример.рф'],
    ['www.xn--80ak6aa92e.com', 'аррӏе.com'],
    ['my-company.ru', 'my-company.ru'],
    ['www.com', 'www.com'],
    ['example.com?utm=1', 'example.com'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeDomain(raw)).toBe(expected);
  });

  it.each([
    [''],
    ['localhost'],
    ['https://'],
    ['not a url'],
    ['http://192.168.0.1/'],
    ['-bad-.com'],
    ['exa_mple.com'],
    ['xn--zz.com'],
    ['ex..ample.com'],
  ])('%j has no web domain', (raw) => {
    expect(normalizeDomain(raw)).toBeNull();
  });

  it('finds the same domain in any URL around it', () => {
    const label = fc.stringMatching(/^[a-z0-9а-я]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('com', 'ru', 'рф', 'org'),
        fc.constantFrom('', 'http://', 'https://www.', 'HTTPS://', '//'),
        fc.constantFrom('', '/', '/path/to?x=1', ':8080/a', '#frag'),
        (labels, tld, prefix, suffix) => {
          const domain = [...labels, tld].join('.');
          fc.pre(!domain.startsWith('www'));
          expect(normalizeDomain(`${prefix}${domain.toUpperCase()}${suffix}`)).toBe(domain);
        },
      ),
    );
  });
});
