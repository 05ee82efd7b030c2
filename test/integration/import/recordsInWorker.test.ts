import { importMappingSchema, type ImportMappingInput } from '@shared/contract/schemas/imports';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { companyNameKey, rememberNameKeys } from '@shared/domain/companyNameKey';
import { foldText, rememberFolds } from '@shared/domain/foldText';
import type * as CompanyNameKeyModule from '@shared/domain/companyNameKey';
import type * as FoldTextModule from '@shared/domain/foldText';
import { DomainError } from '../../../src-main/core/DomainError';
import { runImport } from '../../../src-main/core/modules/imports/runImport';
import { undoImport } from '../../../src-main/core/modules/imports/undoImport';
import type { ImportRecord } from '../../../src-main/core/modules/imports/ImportRecord';
import { readImportRecords } from '../../../src-main/core/modules/imports/readImportRecords';
import { readImportTable } from '../../../src-main/core/modules/imports/readImportTable';
import { startRecordsThread } from '../../../src-main/core/modules/imports/recordsInWorker';
import { spawnWorkerThread } from '../../../src-main/core/spawnWorkerThread';
import { createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { FIXTURES, live } from './importFile';

// The keys the reading thread hands over, watched as this thread takes them (the thread itself runs the real modules).
vi.mock('@shared/domain/foldText', async (importOriginal) => {
  const actual = await importOriginal<typeof FoldTextModule>();
  return { ...actual, rememberFolds: vi.fn(actual.rememberFolds) };
});
vi.mock('@shared/domain/companyNameKey', async (importOriginal) => {
  const actual = await importOriginal<typeof CompanyNameKeyModule>();
  return { ...actual, rememberNameKeys: vi.fn(actual.rememberNameKeys) };
});

const CONTACTS: ImportMappingInput = {
  entity: 'contacts',
  columns: { name: 'ФИО', company: 'Компания', email: 'E-mail', phone: 'Телефон', jobTitle: 'Должность' },
};

const collect = async (records: AsyncIterable<ImportRecord>): Promise<ImportRecord[]> => {
  const all: ImportRecord[] = [];
  for await (const record of records) all.push(record);
  return all;
};

/** The reading thread started by startRecordsThread, watched: its chunks and asks for bytes counted, its exit noted. */
const watchedSpawn = () => {
  const watched = { worker: null as Worker | null, messages: 0, asks: 0, exited: false };
  const spawn: typeof spawnWorkerThread = (path, options) => {
    const worker = spawnWorkerThread(path, options);
    worker.on('message', (message: object) => {
      if ('want' in message) watched.asks += 1;
      else watched.messages += 1;
    });
    worker.on('exit', () => (watched.exited = true));
    watched.worker = worker;
    return worker;
  };
  return { watched, spawn };
};

// A thread started from source boots tsx first: generous limits for a loaded machine.
describe("an import's records read in a thread of their own", { timeout: 60_000 }, () => {
  let dir: string;
  let big: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'voronka-records-thread-'));
    big = join(dir, 'big.csv');
    const lines = ['name;phone'];
    for (let row = 1; row <= 60_000; row += 1) lines.push(`Компания ${row};+7 (9${row % 100}) 000-00-${row % 100}`);
    writeFileSync(big, `${lines.join('\n')}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['contacts-cp1251.csv', 'ragged-rows.csv', 'mixed-encoding.csv'])(
    'are the records read in place, warnings and lines included (%s)',
    async (file) => {
      const source = { path: join(FIXTURES, file) };
      const table = await readImportTable(source);
      const mapping = importMappingSchema.parse({
        entity: 'contacts',
        columns: Object.fromEntries(
          table.headers.slice(0, 3).map((header, at) => [['name', 'email', 'notes'][at], header]),
        ),
      });
      const inPlace = await collect(readImportRecords(table, mapping, 'RU'));
      const { watched, spawn } = watchedSpawn();
      const threaded = await collect(startRecordsThread({ source, mapping, country: 'RU' }, spawn).records);
      expect(watched.worker).not.toBeNull();
      expect(threaded).toEqual(inPlace);
      expect(threaded.length).toBeGreaterThan(0);
    },
  );

  it('are read from uploaded bytes fed slice by slice, as read in place', async () => {
    const bytes = readFileSync(big);
    const mapping = importMappingSchema.parse({ ...CONTACTS, columns: { name: 'name', phone: 'phone' } });
    const inPlace = await collect(readImportRecords(await readImportTable({ bytes }), mapping, 'RU'));
    const { watched, spawn } = watchedSpawn();
    const threaded = await collect(startRecordsThread({ source: { bytes }, mapping, country: 'RU' }, spawn).records);
    expect(threaded).toEqual(inPlace);
    expect(threaded).toHaveLength(60_000);
    // 1 MB a slice, and one ask more for the end: never the upload whole.
    expect(watched.asks).toBe(Math.ceil(bytes.length / (1024 * 1024)) + 1);
    // The sample the encoding is told by: a Windows-1251 upload read as such.
    const cp1251 = readFileSync(join(FIXTURES, 'contacts-cp1251.csv'));
    const contacts = importMappingSchema.parse(CONTACTS);
    expect(
      await collect(startRecordsThread({ source: { bytes: cp1251 }, mapping: contacts, country: 'RU' }).records),
    ).toEqual(await collect(readImportRecords(await readImportTable({ bytes: cp1251 }), contacts, 'RU')));
  });

  it("hand over each chunk's folded names and company-name keys before its records are written", async () => {
    // Some rows lack an industry or a region: each key must still land on its own text.
    const companies = join(dir, 'companies.csv');
    const lines = ['name;industry;region;phone'];
    for (let row = 1; row <= 20_000; row += 1) {
      const industry = row % 3 === 0 ? '' : `Отрасль «${row % 7}» ${row}`;
      const region = row % 5 === 0 ? '' : `Регион-${row}`;
      lines.push(`ООО «Фирма ${row}»;${industry};${region};+7 (9${row % 100}) 000-00-${row % 100}`);
    }
    writeFileSync(companies, `${lines.join('\n')}\n`);
    const mapping = importMappingSchema.parse({
      entity: 'companies',
      columns: { name: 'name', industry: 'industry', region: 'region', phone: 'phone' },
    });
    const remembered = { folds: new Map<string, string>(), names: new Map<string, string>() };
    vi.mocked(rememberFolds).mockImplementation((texts, keys) =>
      texts.forEach((t, at) => remembered.folds.set(t, keys[at]!)),
    );
    vi.mocked(rememberNameKeys).mockImplementation((names, keys) =>
      names.forEach((n, at) => remembered.names.set(n, keys[at]!)),
    );
    try {
      let taken = 0;
      for await (const record of startRecordsThread({ source: { path: companies }, mapping, country: 'RU' }).records) {
        const name = record.fields.get('name') as string;
        // Worked out by the thread, equal to what this thread would work out itself.
        for (const field of ['name', 'industry', 'region']) {
          const text = record.fields.get(field);
          if (typeof text === 'string') expect(remembered.folds.get(text)).toBe(foldText(text));
        }
        expect(remembered.names.get(name)).toBe(companyNameKey(name));
        taken += 1;
      }
      expect(taken).toBe(20_000);
      expect(remembered.folds.size).toBeGreaterThan(20_000 + 13_000 + 16_000 - 10);
    } finally {
      vi.mocked(rememberFolds).mockRestore();
      vi.mocked(rememberNameKeys).mockRestore();
    }
  });

  /**
   * The file's records read in place, counted, and whether it was closed: the first `burst` at once
   * (microtasks only: no message of the thread is seen meanwhile), then each after a pause, a turn
   * of the event loop as the import's steps give, in which the thread's first chunk is seen.
   */
  const readInPlace = async (path: string, mapping: ReturnType<typeof importMappingSchema.parse>, burst: number) => {
    const table = await readImportTable({ path });
    const seen = { read: 0, closed: false };
    async function* records() {
      for await (const record of readImportRecords(table, mapping, 'RU')) {
        if (seen.read >= burst) await new Promise((resolve) => setTimeout(resolve, 2));
        seen.read += 1;
        yield record;
      }
    }
    return {
      seen,
      meanwhile: {
        records: records(),
        close: () => {
          seen.closed = true;
          table.close();
        },
      },
    };
  };

  it.each([
    ['from the first record', 0],
    ['after two chunks and a part of the third', 1_200],
  ])(
    'give the first records read in place while the thread starts, then its own from there (pauses %s)',
    async (_, burst) => {
      const mapping = importMappingSchema.parse({ ...CONTACTS, columns: { name: 'name', phone: 'phone' } });
      const inPlace = await collect(readImportRecords(await readImportTable({ path: big }), mapping, 'RU'));
      const { seen, meanwhile } = await readInPlace(big, mapping, burst);
      const { watched, spawn } = watchedSpawn();
      const records = await collect(
        startRecordsThread({ source: { path: big }, mapping, country: 'RU' }, spawn, meanwhile).records,
      );
      // Every record once, in file order, whichever side read it.
      expect(records).toEqual(inPlace);
      expect(seen.read).toBeGreaterThan(burst);
      expect(seen.read).toBeLessThan(inPlace.length);
      expect(seen.closed).toBe(true);
      expect(watched.messages).toBeGreaterThan(1);
    },
  );

  it('close the table read in place when the import stops before reading', async () => {
    const mapping = importMappingSchema.parse({ ...CONTACTS, columns: { name: 'name', phone: 'phone' } });
    const { seen, meanwhile } = await readInPlace(big, mapping, 0);
    const reader = startRecordsThread({ source: { path: big }, mapping, country: 'RU' }, spawnWorkerThread, meanwhile);
    await reader.stop();
    expect(seen.closed).toBe(true);
  });

  it('refuse a malformed file with its reason, as read in place', async () => {
    const source = { path: join(FIXTURES, 'unterminated-quote.csv') };
    const table = await readImportTable(source);
    const mapping = importMappingSchema.parse({ entity: 'companies', columns: { name: table.headers[0] } });
    const inPlace = await collect(readImportRecords(table, mapping, 'RU')).catch((error: unknown) => error);
    const threaded = await collect(startRecordsThread({ source, mapping, country: 'RU' }).records).catch(
      (error: unknown) => error,
    );
    expect(inPlace).toBeInstanceOf(DomainError);
    expect(threaded).toBeInstanceOf(DomainError);
    expect(threaded).toMatchObject({ code: 'BAD_INPUT', params: (inPlace as DomainError).params });
  });

  it('run a few chunks ahead of the import at most, and stop when it leaves early', async () => {
    const { watched, spawn } = watchedSpawn();
    const mapping = importMappingSchema.parse({ ...CONTACTS, columns: { name: 'name', phone: 'phone' } });
    let taken = 0;
    for await (const record of startRecordsThread({ source: { path: big }, mapping, country: 'RU' }, spawn).records) {
      expect(record.line).toBe(taken + 2);
      taken += 1;
      if (taken === 1) {
        // Time to read all 60,000 rows (120 chunks) if nothing held the thread back.
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        // Eight chunks ahead of the one taken.
        expect(watched.messages).toBeLessThanOrEqual(8 + 1);
        expect(watched.messages).toBeGreaterThanOrEqual(1);
      }
      if (taken === 1_500) break;
    }
    expect(watched.exited).toBe(true);
  });

  it('write through the import what records read in place write, and undo alike', async () => {
    const mapping = importMappingSchema.parse({ ...CONTACTS, dedupe: { keys: ['email', 'phone'], action: 'update' } });
    const importInto = (backend: TempBackend, readInThreadFrom: number) =>
      backend.runLocal((ctx) =>
        runImport(ctx, {
          source: { path: join(FIXTURES, 'contacts-cp1251.csv') },
          fileName: 'contacts.csv',
          mapping,
          dryRun: false,
          readInThreadFrom,
        }),
      );
    const rows = (backend: TempBackend) =>
      backend.db.sqlite
        .prepare('SELECT name, email, phone, phone_normalized, job_title, sort_key FROM contacts ORDER BY name')
        .all();
    const backends = [0, 1, 2].map(() => createTempBackend({ clock: createTestClock(Date.UTC(2024, 5, 1, 9)) }));
    try {
      const [inPlace, threaded] = [await importInto(backends[0]!, Infinity), await importInto(backends[1]!, 0)];
      const { importId: _one, at: _at, ...summary } = inPlace;
      expect(threaded).toMatchObject(summary);
      expect(rows(backends[1]!)).toEqual(rows(backends[0]!));
      expect(live(backends[1]!, 'contacts')).toBeGreaterThan(0);
      await backends[1]!.runLocal(async (ctx) => undoImport(ctx, threaded.importId ?? ''));
      expect(live(backends[1]!, 'contacts')).toBe(0);
      // A dry run reads in a thread too, and writes nothing.
      const dry = await backends[2]!.runLocal((ctx) =>
        runImport(ctx, {
          source: { path: join(FIXTURES, 'contacts-cp1251.csv') },
          fileName: 'contacts.csv',
          mapping,
          dryRun: true,
          readInThreadFrom: 0,
        }),
      );
      expect(dry).toMatchObject({ ...summary, dryRun: true, importId: null });
      expect(live(backends[2]!, 'contacts')).toBe(0);
    } finally {
      for (const backend of backends) backend.dispose();
    }
  });

  it('stop when the import ends before reading them (refused or cancelled while counting)', async () => {
    const { watched, spawn } = watchedSpawn();
    const mapping = importMappingSchema.parse({ ...CONTACTS, columns: { name: 'name', phone: 'phone' } });
    const reader = startRecordsThread({ source: { path: big }, mapping, country: 'RU' }, spawn);
    await new Promise((resolve) => watched.worker?.once('online', resolve));
    await reader.stop();
    expect(watched.exited).toBe(true);
  });

  it('leave the table read in place closed: its rows are no longer read', async () => {
    const table = await readImportTable({ path: big });
    table.close();
    const rows: unknown[] = [];
    const read = async () => {
      for await (const row of table.rows) rows.push(row);
    };
    await read().catch(() => undefined);
    // What the parser held when it was closed at most, not the file's 60,000 rows.
    expect(rows.length).toBeLessThan(1_000);
  });
});
