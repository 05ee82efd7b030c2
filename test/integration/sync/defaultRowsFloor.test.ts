import type { Client } from '@shared/contract/createClient';
import { DEFAULT_LEAD_SOURCES } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { syncTo } from '../../helpers/syncPeers';
import { STAGE } from '../core/dealsTestKit';

type Device = { backend: TempBackend; client: Client };

const backends: TempBackend[] = [];
afterEach(() => {
  for (const backend of backends.splice(0)) backend.dispose();
});

const START = Date.UTC(2026, 10, 23, 9, 0, 0);
const HOUR = 3_600_000;

const device = (at: number): Device => {
  const backend = createTempBackend({ clock: createTestClock(at) });
  backends.push(backend);
  return { backend, client: clientFor(backend) };
};

const stageName = (d: Device) =>
  d.backend.db.sqlite.prepare('SELECT name FROM stages WHERE id = ?').pluck().get(STAGE.newLead) as string | null;
const sourceName = (d: Device, id: string) =>
  d.backend.db.sqlite.prepare('SELECT name FROM lead_sources WHERE id = ?').pluck().get(id) as string | null;

/** A team's first device renames a default stage and lead source; a device set up later joins. */
const team = async () => {
  const first = device(START);
  await first.client.call('stages.update', { id: STAGE.newLead, patch: { name: 'Входящие' } });
  const source = DEFAULT_LEAD_SOURCES[0]!.id;
  await first.client.call('leadSources.rename', { id: source, name: 'Сайт компании' });
  // Set up an hour later: its own defaults were seeded after the team's edits.
  const joining = device(START + HOUR);
  return { first, joining, source };
};

describe('default workspace rows', () => {
  it('are stamped with the lowest HLC (epoch 0, this device), before any real change', () => {
    const d = device(START);
    const deviceId = d.backend.db.sqlite.prepare('SELECT DISTINCT device_id FROM change_log').pluck().all();
    expect(deviceId).toHaveLength(1);
    const stamps = d.backend.db.sqlite
      .prepare("SELECT DISTINCT substr(hlc, 1, 24) FROM change_log WHERE tbl = 'stages'")
      .pluck()
      .all();
    expect(stamps).toEqual(['1970-01-01T00:00:00.000Z']);
    const newest = d.backend.db.sqlite.prepare('SELECT max(hlc) FROM change_log').pluck().get() as string;
    // Nothing but the defaults yet: every stamp is at the floor, on this device.
    // (A cell's key is its message's stamp plus /column.)
    expect(newest).toMatch(new RegExp(`^1970-01-01T00:00:00\\.000Z-[0-9a-f]{4}-${String(deviceId[0])}(/|$)`));
  });

  it('a device joining later keeps the team’s renames, whichever way the changes travel first', async () => {
    for (const order of ['joining first', 'team first'] as const) {
      const { first, joining, source } = await team();
      if (order === 'joining first') {
        await syncTo(joining.backend, first.backend);
        await syncTo(first.backend, joining.backend);
      } else {
        await syncTo(first.backend, joining.backend);
        await syncTo(joining.backend, first.backend);
      }
      for (const d of [first, joining]) {
        expect(stageName(d), order).toBe('Входящие');
        expect(sourceName(d, source), order).toBe('Сайт компании');
      }
    }
  });
});
