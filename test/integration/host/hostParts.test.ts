import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor } from '../../../src-main/host/contentTypeFor';
import { defaultDataDir, defaultDbPath } from '../../../src-main/host/defaultDataDir';
import { injectToken } from '../../../src-main/host/injectToken';
import { HOST_USAGE, parseHostArgs } from '../../../src-main/host/parseHostArgs';
import { resolveStaticPath } from '../../../src-main/host/resolveStaticPath';
import { createToken, DEFAULT_PORT } from '../../../src-main/host/startHost';

describe('resolveStaticPath', () => {
  it('maps request paths to files inside the root', () => {
    expect(resolveStaticPath('/srv/r', '/assets/a.js?v=1')).toEqual({
      kind: 'file',
      path: '/srv/r/assets/a.js',
      urlPath: '/assets/a.js',
    });
    expect(resolveStaticPath('/srv/r', '/caf%C3%A9.png')).toMatchObject({ path: '/srv/r/café.png' });
    expect(resolveStaticPath('/srv/r', '/')).toMatchObject({ kind: 'file', path: '/srv/r', urlPath: '/' });
  });

  it.each([
    '/../x',
    '/%2e%2e/x',
    '/a/%2E%2E/%2e%2e/x',
    '/..%2fx',
    '/a\\..\\x',
    '/a%5c..%5cx',
    '/a%00',
    '/a\0',
    '/%zz',
    '/./x',
    'x',
    '',
  ])('refuses %j', (target) => expect(resolveStaticPath('/srv/r', target)).toEqual({ kind: 'bad' }));
});

describe('injectToken', () => {
  it('puts the meta tag right after <head>, whatever its attributes', () => {
    expect(injectToken('<html><HEAD data-x="1"><title>t</title></HEAD></html>', 'abc_-1')).toBe(
      '<html><HEAD data-x="1">\n    <meta name="voronka-token" content="abc_-1"><title>t</title></HEAD></html>',
    );
  });

  it('escapes the token and refuses a page without <head>', () => {
    expect(injectToken('<head>', 'a"<b')).toContain('content="a&quot;&lt;b"');
    expect(() => injectToken('<header></header>', 't')).toThrow(/no <head>/);
  });
});

describe('contentTypeFor', () => {
  it('knows what a Vite build emits and falls back to bytes', () => {
    expect(contentTypeFor('/a/index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});

describe('defaultDataDir', () => {
  it('uses Electron\'s userData folder on Linux (XDG config), ignoring a relative XDG_CONFIG_HOME', () => {
    expect(defaultDataDir({}, 'linux', '/home/ann')).toBe('/home/ann/.config/Voronka');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/data' }, 'linux', '/home/ann')).toBe('/data/Voronka');
    expect(defaultDataDir({ XDG_CONFIG_HOME: 'rel' }, 'linux', '/home/ann')).toBe('/home/ann/.config/Voronka');
  });

  it('uses Application Support on macOS and the roaming AppData on Windows', () => {
    expect(defaultDataDir({}, 'darwin', '/Users/ann')).toBe('/Users/ann/Library/Application Support/Voronka');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ann')).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\Voronka',
    );
    expect(defaultDataDir({}, 'win32', 'C:\\Users\\ann')).toBe('C:\\Users\\ann\\AppData\\Roaming\\Voronka');
  });

  it('puts voronka.sqlite there unless VORONKA_DB names the file', () => {
    expect(defaultDbPath({}, 'linux', '/home/ann')).toBe('/home/ann/.config/Voronka/voronka.sqlite');
    expect(defaultDbPath({ APPDATA: 'C:\\AD' }, 'win32', 'C:\\Users\\ann')).toBe('C:\\AD\\Voronka\\voronka.sqlite');
    expect(defaultDbPath({ VORONKA_DB: '/tmp/x.sqlite' }, 'linux', '/home/ann')).toBe('/tmp/x.sqlite');
  });
});

describe('createToken', () => {
  it('makes a fresh 24-byte base64url secret each launch', () => {
    const tokens = new Set(Array.from({ length: 50 }, createToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});

describe('parseHostArgs', () => {
  it('defaults to port 4317 and the per-user database, or VORONKA_DB', () => {
    expect(DEFAULT_PORT).toBe(4317);
    expect(parseHostArgs([], { VORONKA_DB: '/d/v.sqlite' })).toEqual({
      help: false,
      port: 4317,
      dbPath: '/d/v.sqlite',
      restoreBackup: false,
    });
    expect(parseHostArgs(['--port', '0', '--db', 'x.sqlite'], {})).toEqual({
      help: false,
      port: 0,
      dbPath: 'x.sqlite',
      restoreBackup: false,
    });
    expect(parseHostArgs(['--restore-backup'], { VORONKA_DB: '/d/v.sqlite' })).toMatchObject({ restoreBackup: true });
    expect(parseHostArgs(['-h'])).toEqual({ help: true });
    expect(HOST_USAGE).toMatch(/--port N/);
  });

  it('takes the scheduled report folder from --report-dir or VORONKA_REPORT_DIR, made absolute', () => {
    expect(parseHostArgs(['--report-dir', '/srv/reports'], { VORONKA_DB: '/d/v.sqlite' })).toMatchObject({
      reportDir: '/srv/reports',
    });
    expect(parseHostArgs([], { VORONKA_DB: '/d/v.sqlite', VORONKA_REPORT_DIR: 'out/rep' })).toMatchObject({
      reportDir: join(process.cwd(), 'out/rep'),
    });
    expect(parseHostArgs(['--report-dir', '/a'], { VORONKA_DB: '/d/v.sqlite', VORONKA_REPORT_DIR: '/b' })).toMatchObject({
      reportDir: '/a',
    });
    expect(parseHostArgs([], { VORONKA_DB: '/d/v.sqlite' })).not.toHaveProperty('reportDir');
    expect(HOST_USAGE).toMatch(/--report-dir DIR/);
  });

  it('takes the shared sync folder from --sync-dir or VORONKA_SYNC_DIR, made absolute', () => {
    expect(parseHostArgs(['--sync-dir', '/srv/sync'], { VORONKA_DB: '/d/v.sqlite' })).toMatchObject({
      syncDir: '/srv/sync',
    });
    expect(parseHostArgs([], { VORONKA_DB: '/d/v.sqlite', VORONKA_SYNC_DIR: 'Sync/voronka' })).toMatchObject({
      syncDir: join(process.cwd(), 'Sync/voronka'),
    });
    expect(parseHostArgs(['--sync-dir', '/a'], { VORONKA_DB: '/d/v.sqlite', VORONKA_SYNC_DIR: '/b' })).toMatchObject({
      syncDir: '/a',
    });
    expect(parseHostArgs([], { VORONKA_DB: '/d/v.sqlite' })).not.toHaveProperty('syncDir');
    expect(HOST_USAGE).toMatch(/--sync-dir DIR/);
  });

  it.each([['--port', 'eighty'], ['--port', '-1'], ['--port', '70000'], ['--port', '1.5'], ['--bogus'], ['stray']])(
    'refuses %j',
    (...args) => expect(() => parseHostArgs(args, {})).toThrow(),
  );
});
