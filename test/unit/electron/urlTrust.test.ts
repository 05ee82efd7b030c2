import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../src-main/electron/isAppUrl';
import { isSafeExternalUrl } from '../../../src-main/electron/isSafeExternalUrl';
import { isTrustedSender } from '../../../src-main/electron/isTrustedSender';

describe('isTrustedSender', () => {
  it.each(['app://voronka/index.html', 'app://voronka/', 'app://voronka/deals/42?tab=1#notes'])('trusts %s', (url) => {
    expect(isTrustedSender(url)).toBe(true);
  });

  it.each([
    ['file page', 'file:///work/out/renderer/index.html'],
    ['http page', 'http://127.0.0.1:5173/'],
    ['https page', 'https://voronka/index.html'],
    ['another custom scheme', 'evil://voronka/index.html'],
    ['another host on the app scheme', 'app://evil/index.html'],
    ['a look-alike host', 'app://voronka.evil/index.html'],
    ['credentials', 'app://user@voronka/index.html'],
    ['a port', 'app://voronka:8080/index.html'],
    ['an about:blank frame', 'about:blank'],
    ['a data URL', 'data:text/html,<script>1</script>'],
    ['an empty URL', ''],
  ])('refuses %s', (_label, url) => {
    expect(isTrustedSender(url)).toBe(false);
  });

  it('refuses a missing frame', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('isAppUrl agrees on the origin', () => {
    expect(isAppUrl('app://voronka/assets/x.js')).toBe(true);
    expect(isAppUrl('app://other/assets/x.js')).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    'https://example.com/',
    'http://example.com/path?q=1',
    'https://пример.рф/страница',
    'https://192.168.1.10:8443/',
    'https://[2001:db8::1]/',
  ])('lets %s open in the OS browser', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'app://voronka/index.html',
    'mailto:someone@example.com',
    'smb://server/share',
    'ms-settings:',
    'data:text/html,hi',
    'https://user:secret@example.com/',
    'https://user@example.com/',
    'https://./',
    'not a url',
    '',
  ])('keeps %s away from the OS', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
