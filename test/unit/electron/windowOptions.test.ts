import { isAbsolute, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellPaths } from '../../../src-main/electron/shellPaths';
import { windowOptions } from '../../../src-main/electron/windowOptions';

describe('windowOptions', () => {
  const { preloadPath } = shellPaths('out/main');
  const options = windowOptions({ preloadPath, devTools: false });

  it('is the secure set: isolated, sandboxed, no Node, web security, no webview', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
  });

  it('loads the built preload by absolute path', () => {
    expect(options.webPreferences?.preload).toBe(preloadPath);
    expect(isAbsolute(preloadPath)).toBe(true);
    expect(preloadPath).toBe(join(resolve('out'), 'preload', 'preload.cjs'));
  });

  it('is a sensible, titled window hidden until its first paint', () => {
    expect(options).toMatchObject({ width: 1440, height: 900, minWidth: 1100, minHeight: 700, title: 'Voronka' });
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('finds the renderer next to out/main', () => {
    expect(shellPaths('/opt/voronka/out/main').rendererDir).toBe(resolve('/opt/voronka/out/renderer'));
  });
});
