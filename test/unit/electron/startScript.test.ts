import { describe, expect, it } from 'vitest';
import { displayProblem, fallbackLine, probeOutcome } from '../../../scripts/start.js';

const marker = '@@voronka-electron-path@@';

describe('npm start: Electron probe', () => {
  it('finds the executable the electron package reports', () => {
    const stdout = `Downloading Electron binary...\n\n${marker}/work/node_modules/electron/dist/electron\n`;
    expect(probeOutcome({ code: 0, stdout, stderr: '', timedOut: false })).toEqual({
      ok: true,
      path: '/work/node_modules/electron/dist/electron',
    });
  });

  it('reports an offline machine in a few words', () => {
    const stderr =
      'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n' +
      "Error: Electron failed to install correctly. Please delete `node_modules/electron` and run 'npx install-electron --no' manually.";
    const outcome = probeOutcome({ code: 1, stdout: 'Downloading Electron binary...\n', stderr, timedOut: false });
    expect(outcome).toEqual({ ok: false, reason: 'the binary is not installed and cannot be downloaded' });
  });

  it('reports a hung download as a timeout with what to run', () => {
    const outcome = probeOutcome({ code: null, stdout: '', stderr: '', timedOut: true, timeoutMs: 20_000 });
    expect(outcome).toEqual({
      ok: false,
      reason: 'its download did not finish within 20 s; run `npx install-electron`',
    });
  });

  it('reports any other failure by its error message, without the stack', () => {
    const stderr = "Error: Cannot find module 'electron'\nRequire stack:\n- /work/[eval]";
    expect(probeOutcome({ code: 1, stdout: '', stderr, timedOut: false })).toEqual({
      ok: false,
      reason: "Cannot find module 'electron'",
    });
    expect(probeOutcome({ code: 3, stdout: '', stderr: '', timedOut: false })).toEqual({
      ok: false,
      reason: 'the electron package exited with code 3',
    });
  });

  it('prints one line saying why and what happens instead', () => {
    const line = fallbackLine('the binary is not installed and cannot be downloaded');
    expect(line).toBe(
      'Electron is not available on this machine (the binary is not installed and cannot be downloaded); ' +
        'serving Voronka in your browser instead.',
    );
    expect(line).not.toContain('\n');
  });

  it('needs a display on Linux only', () => {
    expect(displayProblem('linux', {})).toBe('no graphical display');
    expect(displayProblem('linux', { DISPLAY: ':0' })).toBeNull();
    expect(displayProblem('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBeNull();
    expect(displayProblem('win32', {})).toBeNull();
    expect(displayProblem('darwin', {})).toBeNull();
  });
});
