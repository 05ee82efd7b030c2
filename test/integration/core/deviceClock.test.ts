import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../../src-main/core/createBackend';
import { migrateDatabase } from '../../../src-main/core/db/migrateDatabase';
import { migrations } from '../../../src-main/core/db/migrations/migrations';
import { closeDatabase, openDatabase } from '../../../src-main/core/db/openDatabase';
import { deviceBinding } from '../../../src-main/core/device/deviceBinding';
import { clientFor, createTestClock } from '../../helpers/tempBackend';
import { timelineInOrder } from '../../helpers/timelineInOrder';

let dir: string;
const open: Backend[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-device-'));
});
afterEach(() => {
  for (const backend of open.splice(0)) backend.close();
  rmSync(dir, { recursive: true, force: true });
});

const start = (dbPath: string, machineId = 'laptop-1', clock = createTestClock()): Backend => {
  const backend = createBackend({ dbPath, platform: 'test', clock, machineId });
  open.push(backend);
  return backend;
};
const deviceIdOf = (backend: Backend): string =>
  backend.db.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string;
const closeAll = () => {
  for (const backend of open.splice(0)) backend.close();
};

describe('two backends on one file (desktop app and browser shell)', () => {
  it('never stamp the same HLC: each write continues after the newest stamp in the file', async () => {
    const path = join(dir, 'shared.sqlite');
    const clock = createTestClock();
    const desktop = clientFor(start(path, 'laptop-1', clock));
    const browser = clientFor(start(path, 'laptop-1', clock));
    const first = await desktop.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Из приложения' });
    // Same millisecond, the same device id (one file): before, both clocks stamped …-0000-<device>.
    const second = await browser.call('deals.create', { pipelineId: DEFAULT_PIPELINE.id, title: 'Из браузера' });
    await desktop.call('deals.update', { id: second.id, patch: { title: 'Правка из приложения' } });
    clock.advance(-60_000);
    await browser.call('deals.update', { id: first.id, patch: { title: 'Правка из браузера' } });

    const deals = await desktop.call('deals.list', { pipelineId: DEFAULT_PIPELINE.id });
    expect(deals.rows.map((deal) => deal.title).sort()).toEqual(['Правка из браузера', 'Правка из приложения']);
    const history = await timelineInOrder(browser, first.id);
    // Both writes are there (the timeline orders by wall time, which the set-back clock moved).
    expect(history.entries.map((entry) => entry.kind).sort()).toEqual(['created', 'field']);
  });
});

describe('device id of a copy of the file', () => {
  it('stays the same when the same machine reopens its file', () => {
    const path = join(dir, 'voronka.sqlite');
    const id = deviceIdOf(start(path));
    closeAll();
    expect(deviceIdOf(start(path))).toBe(id);
  });

  it('is new when a backup is restored on another machine, and the original keeps its own', () => {
    const path = join(dir, 'voronka.sqlite');
    const id = deviceIdOf(start(path));
    closeAll();
    mkdirSync(join(dir, 'other'));
    const restored = join(dir, 'other', 'voronka.sqlite');
    copyFileSync(path, restored);
    const restoredId = deviceIdOf(start(restored, 'laptop-2'));
    expect(restoredId).not.toBe(id);
    expect(restoredId).toMatch(/^[0-9a-f]{16}$/);
    closeAll();
    expect(deviceIdOf(start(restored, 'laptop-2'))).toBe(restoredId);
    expect(deviceIdOf(start(path))).toBe(id);
  });

  it('is new for a copy in another folder of the same machine (two live copies)', () => {
    const path = join(dir, 'voronka.sqlite');
    const id = deviceIdOf(start(path));
    closeAll();
    const copy = join(dir, 'copy.sqlite');
    copyFileSync(path, copy);
    expect(deviceIdOf(start(copy))).not.toBe(id);
  });

  it('is kept by a file from before device bindings (it adopts the current one)', () => {
    const path = join(dir, 'voronka.sqlite');
    const backend = start(path);
    const id = deviceIdOf(backend);
    backend.db.sqlite.prepare("DELETE FROM meta WHERE key = 'device_binding'").run();
    closeAll();
    expect(deviceIdOf(start(path, 'laptop-9'))).toBe(id);
    closeAll();
    expect(deviceIdOf(start(path, 'laptop-1'))).not.toBe(id);
  });

  it('is new when a backup the app took before a migration is put back in place', () => {
    const path = join(dir, 'voronka.sqlite');
    const db = openDatabase(path);
    migrateDatabase(db, Date.UTC(2026, 10, 1), migrations.slice(0, -1));
    db.sqlite
      .prepare("INSERT INTO meta (key, value) VALUES ('device_id', 'aaaabbbbccccdddd'), ('device_binding', ?)")
      .run(deviceBinding('laptop-1', path));
    closeDatabase(db);

    const upgraded = start(path);
    expect(deviceIdOf(upgraded)).toBe('aaaabbbbccccdddd');
    const backupPath = upgraded.migration.backupPath ?? '';
    closeAll();
    copyFileSync(backupPath, path);
    expect(deviceIdOf(start(path))).not.toBe('aaaabbbbccccdddd');
  });
});
