import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../src-main/electron/resolveAppAsset';

const root = resolve('/srv/voronka/out/renderer');

describe('resolveAppAsset', () => {
  it('serves files from the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://voronka/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://voronka/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppAsset(root, 'app://voronka/assets/font%20one.woff2?v=1#x')).toBe(
      join(root, 'assets', 'font one.woff2'),
    );
  });

  it('falls back to index.html for the root and for extension-less routes', () => {
    expect(resolveAppAsset(root, 'app://voronka/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://voronka')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://voronka/deals/42')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://voronka/settings/')).toBe(join(root, 'index.html'));
  });

  it.each([
    ['parent segments', 'app://voronka/../../etc/passwd'],
    ['a parent segment mid-path', 'app://voronka/assets/../../secret.js'],
    ['encoded parent segments', 'app://voronka/%2e%2e/%2E%2E/etc/passwd'],
    ['mixed-case encoded dots', 'app://voronka/.%2E/x.js'],
    ['an encoded slash', 'app://voronka/assets%2f..%2f..%2fsecret.js'],
    ['an encoded backslash', 'app://voronka/assets%5c..%5csecret.js'],
    ['a backslash', 'app://voronka/assets\\..\\secret.js'],
    ['NUL', 'app://voronka/index.html%00.png'],
    ['an absolute path', 'app://voronka//etc/passwd'],
    ['a drive letter', 'app://voronka/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://voronka/C%3A/Windows/win.ini'],
    ['a malformed escape', 'app://voronka/%E0%A4%A.js'],
    ['another host', 'app://evil/index.html'],
    ['a port', 'app://voronka:1/index.html'],
    ['another scheme', 'file:///srv/voronka/out/renderer/index.html'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });

  it('never resolves outside the renderer folder, whatever the path', () => {
    const segment = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2f', '%5c', '\\', '%00', 'C:', 'assets', 'index.html', 'a.js', ''),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (segments) => {
        const url = `app://voronka/${segments.join('/')}`;
        const file = resolveAppAsset(root, url);
        if (file === null) return;
        const inside = relative(root, file);
        expect(inside.startsWith('..')).toBe(false);
        expect(file.startsWith(root)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
