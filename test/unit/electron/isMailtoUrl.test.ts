import { describe, expect, it } from 'vitest';
import { isMailtoUrl } from '../../../src-main/electron/isMailtoUrl';
import { mailtoUrl } from '../../../src-renderer/modules/email/utils/mailtoUrl';

describe('isMailtoUrl', () => {
  it('lets the outbox’s own links through, Cyrillic and line breaks included', () => {
    expect(isMailtoUrl(mailtoUrl('maria@romashka.ru', 'Счёт по «Поставке»', 'Добрый день!\nСчёт во вложении.'))).toBe(
      true,
    );
    expect(isMailtoUrl('mailto:john@acme.test?subject=Hi&cc=boss@acme.test')).toBe(true);
  });

  it.each([
    ['an attachment', 'mailto:a@b.test?attach=/etc/passwd'],
    ['a file path as the address', 'mailto:/etc/passwd'],
    ['two addresses with a header injection', 'mailto:a@b.test,c@d.test?X-Header=1'],
    ['no address', 'mailto:?subject=x'],
    ['another scheme', 'file:///etc/passwd'],
    ['http', 'https://example.com/'],
    ['garbage', 'mailto:%E0%A4%A'],
  ])('refuses %s', (_label, url) => {
    expect(isMailtoUrl(url)).toBe(false);
  });
});

describe('mailtoUrl', () => {
  it('encodes the subject and body (CRLF line breaks) and keeps the address readable', () => {
    expect(mailtoUrl('john@acme.test', 'Hello & bye', 'One\nTwo')).toBe(
      'mailto:john@acme.test?subject=Hello%20%26%20bye&body=One%0D%0ATwo',
    );
  });
});
