import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** electron-builder.yml as electron-builder reads it. */
const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

/**
 * The fuses the packaged binary must have (electron-builder's `electronFuses`, see
 * https://www.electron.build/tutorials/adding-electron-fuses), each with why it matters.
 */
const REQUIRED_FUSES: Record<string, { value: boolean; why: string }> = {
  runAsNode: { value: false, why: 'ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node.js' },
  enableNodeOptionsEnvironmentVariable: { value: false, why: 'NODE_OPTIONS could inject code at start' },
  enableNodeCliInspectArguments: { value: false, why: '--inspect would attach a debugger to the main process' },
  onlyLoadAppFromAsar: { value: true, why: 'the app must not be loaded from a folder placed beside it' },
  enableEmbeddedAsarIntegrityValidation: { value: true, why: 'a tampered app.asar must not load' },
  enableCookieEncryption: { value: true, why: 'cookies on disk are encrypted with the OS keychain' },
  grantFileProtocolExtraPrivileges: { value: false, why: 'file:// needs no privileges (the app uses app://)' },
};

describe('packaging: Electron fuses and asar', () => {
  it.each(Object.entries(REQUIRED_FUSES))('fuse %s is set as required', (name, { value, why }) => {
    const fuses = config.electronFuses as Record<string, unknown> | undefined;
    expect(fuses, 'electron-builder.yml has no electronFuses').toBeTypeOf('object');
    expect(fuses?.[name], `${name} must be ${value}: ${why}`).toBe(value);
  });

  it('packs the app into an asar with its integrity hash (no asar, nothing to validate)', () => {
    expect(config.asar ?? true).not.toBe(false);
    const asar = config.asar as { disableIntegrity?: boolean } | boolean | undefined;
    expect(typeof asar === 'object' ? asar.disableIntegrity : undefined).not.toBe(true);
  });

  it('sets no fuse the list above does not know (a new one gets a reason and a test)', () => {
    expect(Object.keys(config.electronFuses as object).sort()).toEqual(Object.keys(REQUIRED_FUSES).sort());
  });
});
