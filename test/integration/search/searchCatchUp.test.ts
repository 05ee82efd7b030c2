import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importMappingSchema } from '@shared/contract/schemas/imports';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src-main/core/createBackend';
import { errorLogPathFor } from '../../../src-main/core/diagnostics/errorLogPathFor';
import { runImport } from '../../../src-main/core/modules/imports/runImport';
import { catchUpSearchStep } from '../../../src-main/core/search/catchUpSearchStep';
import { rebuildSearchIndex } from '../../../src-main/core/search/rebuildSearchIndex';
import { hasSearchBacklog, readSearchBacklog } from '../../../src-main/core/search/searchBacklog';
import { seedDatabase } from '../../../src-main/core/seed/generate/seedDatabase';
import { exportSyncBundle } from '../../../src-main/core/sync/bundle/exportSyncBundle';
import { type BundleImportOptions, importSyncBundle } from '../../../src-main/core/sync/bundle/importSyncBundle';
import { clientFor, createTempBackend, createTestClock, expectOk, type TempBackend } from '../../helpers/tempBackend';

const DAY = 86_400_000;
const END = Date.UTC(2026, 9, 31, 21);

const opened: TempBackend[] = [];
afterEach(() => {
  for (const backend of opened.splice(0)) backend.dispose();
});

const newDevice = (dir?: string): TempBackend => {
  const backend = createTempBackend({ clock: createTestClock(END + 2 * DAY), ...(dir ? { dir } : {}) });
  opened.push(backend);
  return backend;
};

const seededBundle = (): Buffer => {
  const source = newDevice();
  seedDatabase(source.db, { seed: 5, lang: 'ru', deals: 40, start: END - 12 * 7 * DAY, end: END });
  return exportSyncBundle(source.db, { kind: 'all' }, END + DAY).bytes;
};

const importInto = (device: TempBackend, bytes: Buffer, options: BundleImportOptions = {}) =>
  device.runLocal((ctx) => importSyncBundle(ctx, bytes, { messagesPerStep: 300, ...options }));

/**
 * Every entry as the index holds it: its record, and the sizes of its columns in tokens (a
 * contentless FTS table keeps no text to read back). `by`: the record's id, or its row's name
 * where two files' ids differ (an import makes new ones).
 */
const entries = (device: TempBackend, by: 'id' | 'name' = 'id') =>
  device.db.sqlite
    .prepare(
      `SELECT d.entity, ${by === 'id' ? 'd.record_id' : '(SELECT name FROM companies c WHERE c.id = d.record_id)'} AS record,
              hex(coalesce(s.sz, a.sz)) AS sizes
         FROM search_docs d
         LEFT JOIN search_fts_docsize s ON s.id = d.doc AND d.entity <> 'activity'
         LEFT JOIN search_fts_activities_docsize a ON a.id = d.doc AND d.entity = 'activity'
        ORDER BY 1, 2`,
    )
    .all();

const companyNamed = (device: TempBackend) =>
  device.db.sqlite.prepare('SELECT id, name FROM companies WHERE deleted_at IS NULL ORDER BY name LIMIT 1').get() as {
    id: string;
    name: string;
  };

const search = (device: Pick<TempBackend, 'dispatch' | 'events'>, query: string) =>
  clientFor(device).call('search.everywhere', { query, limit: 5 });

describe('search entries of a large import written after its commit', () => {
  it('leaves a large bundle searchable once caught up, with the entries an import writing them at once gives', async () => {
    const bytes = seededBundle();
    const atOnce = newDevice();
    const deferred = newDevice();
    await importInto(atOnce, bytes, { deferSearchFrom: Number.POSITIVE_INFINITY });
    expect(hasSearchBacklog(atOnce.db)).toBe(false);

    await importInto(deferred, bytes, { deferSearchFrom: 0 });
    // Committed without the new records' entries: the backlog names them.
    expect(hasSearchBacklog(deferred.db)).toBe(true);
    const company = companyNamed(deferred);
    const found = deferred.db.sqlite.prepare('SELECT count(*) FROM search_docs WHERE record_id = ?').pluck();
    expect(found.get(company.id)).toBe(0);

    await deferred.searchCaughtUp();
    expect(hasSearchBacklog(deferred.db)).toBe(false);
    expect(entries(deferred)).toEqual(entries(atOnce));
    expect(entries(deferred).length).toBeGreaterThan(100);
    const result = await search(deferred, company.name);
    expect(result.indexing).toBe(false);
    expect(result.hits.map((hit) => hit.id)).toContain(company.id);
    // Views that read the search (the Ctrl+K palette) hear that it has caught up.
    expect(deferred.received).toContainEqual({ type: 'data.changed', tables: ['search_index'] });
  });

  it('says the search is still adding records while the backlog waits', async () => {
    const bytes = seededBundle();
    const device = newDevice();
    await importInto(device, bytes, { deferSearchFrom: 0 });
    await device.stopBackgroundWork();
    const result = await search(device, companyNamed(device).name);
    expect(result).toMatchObject({ indexing: true, hits: [] });
  });

  it('gives a record written again before the catch-up one current entry, and none to one deleted', async () => {
    const bytes = seededBundle();
    const device = newDevice();
    await importInto(device, bytes, { deferSearchFrom: 0 });
    await device.stopBackgroundWork();
    const [renamed, deleted] = device.db.sqlite
      .prepare('SELECT id FROM companies WHERE deleted_at IS NULL ORDER BY rowid LIMIT 2')
      .pluck()
      .all() as string[];
    const docs = device.db.sqlite.prepare('SELECT count(*) FROM search_docs WHERE record_id = ?').pluck();
    expect(docs.get(renamed)).toBe(0);
    expectOk(await device.dispatch('companies.update', { id: renamed, patch: { name: 'Квазарпром' } }));
    expectOk(await device.dispatch('companies.delete', { id: deleted }));
    expect(docs.get(renamed)).toBe(1);
    while (device.db.inWriteTransaction(() => catchUpSearchStep(device.db))) {
      // each step a transaction of its own, as the app runs them
    }
    expect(docs.get(renamed)).toBe(1);
    expect(docs.get(deleted)).toBe(0);
    expect((await search(device, 'Квазарпром')).hits.map((hit) => hit.id)).toEqual([renamed]);
  });

  it('resumes after the app was closed before catching up', async () => {
    const bytes = seededBundle();
    const dir = mkdtempSync(join(tmpdir(), 'voronka-catch-up-'));
    try {
      const first = createBackend({
        dbPath: join(dir, 'w.sqlite'),
        platform: 'test',
        clock: createTestClock(END + 2 * DAY),
      });
      await first.runLocal((ctx) => importSyncBundle(ctx, bytes, { deferSearchFrom: 0 }));
      // Closed at once, as a crash or a quit right after the import would leave it.
      first.close();
      const again = createBackend({
        dbPath: join(dir, 'w.sqlite'),
        platform: 'test',
        clock: createTestClock(END + 2 * DAY),
      });
      try {
        expect(hasSearchBacklog(again.db)).toBe(true);
        await again.searchCaughtUp();
        expect(hasSearchBacklog(again.db)).toBe(false);
        const company = again.db.sqlite.prepare('SELECT id, name FROM companies ORDER BY name LIMIT 1').get() as {
          id: string;
          name: string;
        };
        const result = await search(again, company.name);
        expect(result.hits.map((hit) => hit.id)).toContain(company.id);
      } finally {
        again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tries a failing step again and says so once in the error log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'voronka-catch-up-fail-'));
    try {
      const dbPath = join(dir, 'w.sqlite');
      const first = createBackend({ dbPath, platform: 'test' });
      // A backlog this version cannot read (a bug, a damaged value): every step fails.
      first.db.sqlite.prepare("INSERT INTO meta (key, value) VALUES ('search.backlog', '{not json')").run();
      first.close();
      const again = createBackend({ dbPath, platform: 'test' });
      try {
        await new Promise((resolve) => setTimeout(resolve, 1_300));
        const lines = readFileSync(errorLogPathFor(dbPath), 'utf8').trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/ background-failed search-catch-up SyntaxError - /);
        // The app goes on: a search answers, saying records are still being added.
        expect((await search(again, 'что-нибудь')).indexing).toBe(true);
      } finally {
        again.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves no backlog behind a cancelled import', async () => {
    const bytes = seededBundle();
    const device = newDevice();
    let done = 0;
    await expect(
      importInto(device, bytes, {
        deferSearchFrom: 0,
        onProgress: (count) => {
          done = count;
        },
        cancelled: () => done >= 600,
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(hasSearchBacklog(device.db)).toBe(false);
  });

  it('defers a large file import the same way, and a small one writes its entries at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'voronka-catch-up-csv-'));
    try {
      const path = join(dir, 'companies.csv');
      writeFileSync(path, 'Название;Телефон\nООО «Гелиос»;+7 495 111-22-33\nООО «Борей»;+7 495 111-22-44\n');
      const mapping = importMappingSchema.parse({
        entity: 'companies',
        columns: { name: 'Название', phone: 'Телефон' },
      });
      const run = (device: TempBackend, deferSearchFrom: number) =>
        device.runLocal((ctx) =>
          runImport(ctx, { source: { path }, fileName: 'companies.csv', mapping, dryRun: false, deferSearchFrom }),
        );
      const small = newDevice();
      await run(small, 3);
      expect(hasSearchBacklog(small.db)).toBe(false);
      expect((await search(small, 'Гелиос')).hits).toHaveLength(1);

      const large = newDevice();
      await run(large, 2);
      expect(readSearchBacklog(large.db).company).toHaveLength(1);
      await large.searchCaughtUp();
      expect((await search(large, 'Борей')).hits).toHaveLength(1);
      expect(entries(large, 'name')).toEqual(entries(small, 'name'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('catchUpSearchStep', () => {
  it('takes the backlog a step of records at a time, entity after entity, and a rebuild clears it', async () => {
    const bytes = seededBundle();
    const device = newDevice();
    await importInto(device, bytes, { deferSearchFrom: 0 });
    await device.stopBackgroundWork();
    const before = readSearchBacklog(device.db);
    expect(Object.keys(before).sort()).toEqual(['activity', 'company', 'contact', 'deal']);
    const waiting = (entity: 'company') => {
      const [from, to] = readSearchBacklog(device.db)[entity]?.[0] ?? [0, -1];
      return to - from + 1;
    };
    const companies = waiting('company');
    let steps = 0;
    while (device.db.inWriteTransaction(() => catchUpSearchStep(device.db, 7))) steps += 1;
    const rows = device.db.sqlite
      .prepare(
        'SELECT (SELECT count(*) FROM deals) + (SELECT count(*) FROM companies) + (SELECT count(*) FROM contacts) + (SELECT count(*) FROM activities)',
      )
      .pluck()
      .get() as number;
    expect(steps).toBeGreaterThanOrEqual(Math.floor(companies / 7));
    expect(steps).toBeLessThanOrEqual(Math.ceil(rows / 7) + 4);
    expect(hasSearchBacklog(device.db)).toBe(false);

    await importInto(newDevice(), bytes, { deferSearchFrom: 0 });
    const other = opened.at(-1)!;
    await other.stopBackgroundWork();
    other.db.inWriteTransaction(() => rebuildSearchIndex(other.db.sqlite));
    expect(hasSearchBacklog(other.db)).toBe(false);
    expect(entries(other)).toEqual(entries(device));
  });
});
