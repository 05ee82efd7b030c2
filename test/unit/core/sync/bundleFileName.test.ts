import { describe, expect, it } from 'vitest';
import { bundleFileName } from '../../../../src-main/core/modules/sync/bundleFileName';

const DEVICE = '3f2a9c1e-0000-4000-8000-000000000000';
// 23:30:05 UTC on 6 December: already the 7th's morning in Vladivostok (UTC+10) and night in Moscow.
const LATE_EVENING_UTC = Date.UTC(2026, 11, 6, 23, 30, 5);

describe('bundleFileName', () => {
  it("names a bundle by the workspace's wall clock, not UTC", () => {
    expect(bundleFileName(DEVICE, LATE_EVENING_UTC, 'Asia/Vladivostok')).toBe(
      'voronka-sync-3f2a9c1e-2026-12-07-093005.vsync',
    );
    expect(bundleFileName(DEVICE, LATE_EVENING_UTC, 'Europe/Moscow')).toBe(
      'voronka-sync-3f2a9c1e-2026-12-07-023005.vsync',
    );
    expect(bundleFileName(DEVICE, LATE_EVENING_UTC, 'America/New_York')).toBe(
      'voronka-sync-3f2a9c1e-2026-12-06-183005.vsync',
    );
  });

  it('gives two bundles a few seconds apart different names, with no character a file system refuses', () => {
    const first = bundleFileName(DEVICE, LATE_EVENING_UTC, 'UTC');
    const second = bundleFileName(DEVICE, LATE_EVENING_UTC + 20_000, 'UTC');
    expect(first).not.toBe(second);
    expect(`${first}${second}`).not.toMatch(/[:\\/*?"<>| ]/);
  });
});
