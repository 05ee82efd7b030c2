import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildTarget,
  ensureElectronNative,
  isUpToDate,
  lastErrorLine,
  nativePaths,
  stampMatches,
} from '../../../scripts/electron-native.js';
import { NATIVE_DIR, NATIVE_FILE } from '../../../src-main/electron/nativeBindingPath';

let root: string;

/** A project skeleton: the two package.json files the script reads its versions from. */
const makeProject = (electron = '45.5.0', betterSqlite3 = '12.11.1') => {
  for (const [name, version] of [
    ['electron', electron],
    ['better-sqlite3', betterSqlite3],
  ] as const) {
    mkdirSync(join(root, 'node_modules', name), { recursive: true });
    writeFileSync(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
  }
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'voronka-native-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('electron-native', () => {
  it('writes where the main process looks, apart from the Node build', () => {
    const paths = nativePaths(root);
    expect(paths.binary).toBe(join(root, NATIVE_DIR, NATIVE_FILE));
    expect(paths.binary).not.toContain('node_modules');
    expect(paths.stamp).toBe(join(root, '.electron-native', 'stamp.json'));
  });

  it('reads the target from the installed Electron and better-sqlite3 (its package name too)', () => {
    makeProject('45.5.0', '12.11.1');
    expect(buildTarget(root, 'linux', 'x64')).toEqual({
      electron: '45.5.0',
      // A plain better-sqlite3 build of the same version cannot encrypt: the name tells them apart.
      betterSqlite3: 'better-sqlite3@12.11.1',
      platform: 'linux',
      arch: 'x64',
    });
  });

  it('the stamp must match every part of the target', () => {
    const target = { electron: '45.5.0', betterSqlite3: '12.11.1', platform: 'linux', arch: 'x64' };
    expect(stampMatches(JSON.stringify(target), target)).toBe(true);
    expect(stampMatches(JSON.stringify({ ...target, electron: '44.0.0' }), target)).toBe(false);
    expect(stampMatches(JSON.stringify({ ...target, betterSqlite3: '12.10.0' }), target)).toBe(false);
    expect(stampMatches(JSON.stringify({ ...target, arch: 'arm64' }), target)).toBe(false);
    expect(stampMatches('not json', target)).toBe(false);
  });

  it('is up to date only with both the binary and a matching stamp', () => {
    makeProject();
    const target = buildTarget(root, 'linux', 'x64');
    const paths = nativePaths(root);
    expect(isUpToDate(root, target)).toBe(false);
    mkdirSync(paths.dir);
    writeFileSync(paths.stamp, JSON.stringify(target));
    expect(isUpToDate(root, target)).toBe(false);
    writeFileSync(paths.binary, 'addon');
    expect(isUpToDate(root, target)).toBe(true);
    expect(isUpToDate(root, { ...target, electron: '46.0.0' })).toBe(false);
  });

  it('skips the build when it is already there for this version', () => {
    makeProject();
    const paths = nativePaths(root);
    mkdirSync(paths.dir);
    writeFileSync(paths.binary, 'addon');
    writeFileSync(paths.stamp, JSON.stringify(buildTarget(root)));
    expect(ensureElectronNative(root)).toBe(0);
  });

  it('sums up a tool failure in a few words', () => {
    expect(lastErrorLine('prebuild-install warn install getaddrinfo ENOTFOUND github.com\n')).toBe(
      'no network: cannot download github.com',
    );
    const gyp =
      'gyp http GET https://electronjs.org/headers/v45.5.0/node-v45.5.0-headers.tar.gz\n' +
      'gyp ERR! stack Error: This is most likely not a problem with node-gyp or the package itself and\n' +
      'gyp ERR! stack is related to network connectivity.\n';
    expect(lastErrorLine(gyp)).toBe(
      'no network: cannot download https://electronjs.org/headers/v45.5.0/node-v45.5.0-headers.tar.gz',
    );
    expect(lastErrorLine('gyp ERR! stack Error: `make` failed with exit code: 2\ngyp ERR! not ok\n')).toBe(
      '`make` failed with exit code: 2',
    );
  });
});
