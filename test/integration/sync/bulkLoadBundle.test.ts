import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../../src-main/core/seed/generate/seedDatabase';
import { openBundle } from '../../../src-main/core/sync/bundle/bundleCodec';
import { exportSyncBundle } from '../../../src-main/core/sync/bundle/exportSyncBundle';
import { importSyncBundle, type BundleImportOptions } from '../../../src-main/core/sync/bundle/importSyncBundle';
import { isBulkLoad } from '../../../src-main/core/sync/bundle/withBulkLoadIndexes';
import { businessSnapshot } from '../../helpers/syncPeers';
import { createTempBackend, createTestClock, expectOk, type TempBackend } from '../../helpers/tempBackend';

const DAY = 86_400_000;
const END = Date.UTC(2026, 9, 31, 21);

const opened: TempBackend[] = [];
afterEach(() => {
  for (const backend of opened.splice(0)) backend.dispose();
});

/** Devices on one test clock: each seeds the default rows at the same time, so their rows compare whole. */
const newDevice = (): TempBackend => {
  const backend = createTempBackend({ clock: createTestClock(END + 2 * DAY) });
  opened.push(backend);
  return backend;
};

/** A workspace with every kind of row the generator writes: companies, contacts, deals, histories, activities. */
const seededBundle = (): { bytes: Buffer; messageCount: number } => {
  const source = newDevice();
  seedDatabase(source.db, { seed: 11, lang: 'ru', deals: 60, start: END - 20 * 7 * DAY, end: END });
  return exportSyncBundle(source.db, { kind: 'all' }, END + DAY);
};

const importInto = (device: TempBackend, bytes: Buffer, options: BundleImportOptions) =>
  device.runLocal((ctx) => importSyncBundle(ctx, bytes, options));

/** The file's indexes as their SQL says, and the planner statistics of each. */
const indexes = (device: TempBackend) =>
  device.db.sqlite
    .prepare("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
    .all();
const stats = (device: TempBackend) =>
  device.db.sqlite.prepare('SELECT tbl, idx, stat FROM sqlite_stat1 ORDER BY tbl, idx').all();

describe('a whole workspace loaded onto an empty device with its indexes set aside', () => {
  it('gives the rows, search entries and indexes a merge with every index in place gives', async () => {
    const { bytes, messageCount } = seededBundle();
    const merged = newDevice();
    const bulk = newDevice();
    const indexesBefore = indexes(bulk);
    const statsBefore = stats(bulk);
    const byMerge = await importInto(merged, bytes, { bulkLoadFrom: Number.POSITIVE_INFINITY, messagesPerStep: 500 });
    const byBulk = await importInto(bulk, bytes, { bulkLoadFrom: 0, messagesPerStep: 500 });
    expect(byBulk.report.applied).toBe(messageCount);
    expect(byBulk.report).toEqual(byMerge.report);
    expect(businessSnapshot(bulk)).toEqual(businessSnapshot(merged));
    expect(indexes(bulk)).toEqual(indexesBefore);
    expect(stats(bulk)).toEqual(statsBefore);
    const sqlite = bulk.db.sqlite;
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const searchRows = (device: TempBackend) =>
      device.db.sqlite.prepare('SELECT entity, record_id FROM search_docs ORDER BY entity, record_id').all();
    expect(searchRows(bulk)).toEqual(searchRows(merged));
    expect(searchRows(bulk).length).toBeGreaterThan(60);
    // The rebuilt indexes answer: the open deals of each stage as the board reads them.
    const board = (device: TempBackend) =>
      device.db.sqlite
        .prepare(
          "SELECT stage_id, count(*) AS n FROM deals INDEXED BY deals_board WHERE deleted_at IS NULL AND status = 'open' GROUP BY stage_id ORDER BY stage_id",
        )
        .all();
    expect(board(bulk)).toEqual(board(merged));
  });

  it('merges onto a row a table held before the load, one with no message logged too', async () => {
    const { bytes } = seededBundle();
    const company = [...openBundle(bytes).messages()].find((message) => message.table === 'companies')!;
    // The bundle's company already here under another name, written without a message: its table is not empty.
    const holdingIt = () => {
      const device = newDevice();
      // (Its references left out: the rows they name come with the bundle.)
      const cells = Object.entries(company.cells).map(([column, value]) => [
        column,
        column.endsWith('_id') ? null : value,
      ]);
      const row = { ...Object.fromEntries(cells), id: company.rowId, name: 'Старое имя', updated_at: 1 };
      const columns = Object.keys(row);
      device.db.sqlite
        .prepare(`INSERT INTO companies (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
        .run(...Object.values(row));
      return device;
    };
    const merged = holdingIt();
    const bulk = holdingIt();
    await importInto(merged, bytes, { bulkLoadFrom: Number.POSITIVE_INFINITY, messagesPerStep: 500 });
    const { report } = await importInto(bulk, bytes, { bulkLoadFrom: 0, messagesPerStep: 500 });
    expect(report.pending).toBe(0);
    expect(bulk.db.sqlite.prepare('SELECT name FROM companies WHERE id = ?').pluck().get(company.rowId)).toBe(
      company.cells.name,
    );
    expect(businessSnapshot(bulk)).toEqual(businessSnapshot(merged));
  });

  it("finds the joining device's own changes to the rows it loads: their conflicts and LWW", async () => {
    // The team renamed the default pipeline in its workspace; the new laptop renamed it too before
    // joining (its own change, concurrent with theirs, and later by the clock).
    const team = newDevice();
    seedDatabase(team.db, { seed: 11, lang: 'ru', deals: 60, start: END - 20 * 7 * DAY, end: END });
    expectOk(await team.dispatch('pipelines.rename', { id: DEFAULT_PIPELINE.id, name: 'Продажи команды' }));
    const { bytes, messageCount } = exportSyncBundle(team.db, { kind: 'all' }, END + DAY);
    const joining = createTempBackend({ clock: createTestClock(Date.now() + 3_600_000) });
    opened.push(joining);
    expectOk(await joining.dispatch('pipelines.rename', { id: DEFAULT_PIPELINE.id, name: 'Мои продажи' }));
    expect(isBulkLoad(joining.db, messageCount, 0)).toBe(true);
    const { report } = await importInto(joining, bytes, { bulkLoadFrom: 0, messagesPerStep: 500 });
    // Its own rename was made after the team's (by the clock): it stays, and the conflict is noted.
    expect(report.conflicts).toBe(1);
    expect(joining.db.sqlite.prepare('SELECT name FROM pipelines WHERE id = ?').pluck().get(DEFAULT_PIPELINE.id)).toBe(
      'Мои продажи',
    );
  });

  it('leaves every index as it was when the load is cancelled', async () => {
    const { bytes } = seededBundle();
    const device = newDevice();
    const before = { indexes: indexes(device), stats: stats(device), rows: businessSnapshot(device) };
    let done = 0;
    await expect(
      importInto(device, bytes, {
        bulkLoadFrom: 0,
        messagesPerStep: 200,
        onProgress: (count) => {
          done = count;
        },
        cancelled: () => done >= 400,
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect({ indexes: indexes(device), stats: stats(device), rows: businessSnapshot(device) }).toEqual(before);
  });

  it('is chosen for a bundle several times larger than the log the device holds, and only then', () => {
    const device = newDevice();
    const held = device.db.sqlite.prepare('SELECT max(seq) FROM change_msgs').pluck().get() as number;
    expect(held).toBeGreaterThan(0);
    expect(isBulkLoad(device.db, 49_999)).toBe(false);
    expect(isBulkLoad(device.db, 50_000)).toBe(true);
    expect(isBulkLoad(device.db, 4 * held, 0)).toBe(false);
    expect(isBulkLoad(device.db, 4 * held + 1, 0)).toBe(true);
  });
});
