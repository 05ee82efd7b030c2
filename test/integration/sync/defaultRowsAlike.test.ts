import { afterEach, describe, expect, it } from 'vitest';
import { businessSnapshot, syncBoth } from '../../helpers/syncPeers';
import { createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';

const backends: TempBackend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.dispose();
});

const START = Date.UTC(2026, 10, 23, 9, 0, 0);
const deviceAt = (millis: number): TempBackend => {
  const backend = createTempBackend({ clock: createTestClock(millis) });
  backends.push(backend);
  return backend;
};

const DEFAULT_TABLES = ['pipelines', 'stages', 'control_points', 'loss_reasons', 'lead_sources'];
/** The default rows without `updated_at`, which is never logged (each device keeps its own). */
const loggedCells = (backend: TempBackend): unknown[] =>
  DEFAULT_TABLES.map((table) =>
    backend.db.sqlite
      .prepare(`SELECT * FROM "${table}" ORDER BY id`)
      .all()
      .map((row) => ({ ...(row as Record<string, unknown>), updated_at: undefined })),
  );

/**
 * Every device seeds the same default rows (pipeline, stages, control points, loss reasons, lead
 * sources) under the floor stamps, and their seeds tie-break by device id. That converges only if
 * the seeds are the same cells: a device installed a week later must seed exactly what the first
 * one did, or a third peer keeps whichever install time its own tie-break chose.
 */
describe('default rows', () => {
  it('are the same logged cells on devices installed at different times', () => {
    const first = deviceAt(START);
    const later = deviceAt(START + 7 * 86_400_000);
    expect(loggedCells(later)).toEqual(loggedCells(first));
  });

  it('stay alike through sync among three devices, whatever their ids', async () => {
    const devices = [deviceAt(START), deviceAt(START + 60_000), deviceAt(START + 120_000)];
    const [a, b, c] = devices as [TempBackend, TempBackend, TempBackend];
    await syncBoth(a, b);
    await syncBoth(b, c);
    await syncBoth(a, c);
    expect(businessSnapshot(b)).toEqual(businessSnapshot(a));
    expect(businessSnapshot(c)).toEqual(businessSnapshot(a));
  });

  it('stay alike through sync when the clock moves while a device seeds', async () => {
    // A clock a millisecond later at every reading: a seed that read it twice (once for its
    // messages' time, once for its rows' `updated_at`) left the later device's rows a millisecond
    // past every message, so its `updated_at` never came back to the other's (a CLI test caught it).
    const ticking = (from: number) => {
      let now = from;
      return { now: () => (now += 1) };
    };
    const a = createTempBackend({ clock: ticking(START) });
    const b = createTempBackend({ clock: ticking(START + 60_000) });
    backends.push(a, b);
    await syncBoth(a, b);
    expect(businessSnapshot(b)).toEqual(businessSnapshot(a));
  });
});
