import { describe, expect, it } from 'vitest';
import { defaultWorkerPath, runsFromSource } from '../../../src-main/worker/defaultWorkerPath';

describe('defaultWorkerPath', () => {
  it('finds worker.js next to the entry bundles in out/main', () => {
    expect(defaultWorkerPath('file:///app/out/main/host.js')).toBe('/app/out/main/worker.js');
  });

  it('looks past the shared-chunk folder the bundler may put this module in', () => {
    expect(defaultWorkerPath('file:///app/out/main/chunks/startHost-abc123.js')).toBe('/app/out/main/worker.js');
  });

  it('points at worker.ts when running from source', () => {
    expect(runsFromSource()).toBe(true);
    expect(defaultWorkerPath()).toMatch(/src-main\/worker\/worker\.ts$/);
  });
});
