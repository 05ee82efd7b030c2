import type { PushEvent } from '@shared/contract/pushEvents';
import type { ImportMappingInput } from '@shared/contract/schemas/imports';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../src-main/core/db/openDatabase';
import { defaultWorkerPath } from '../../../src-main/worker/defaultWorkerPath';
import { type BackendWorker, startBackendWorker } from '../../../src-main/worker/startBackendWorker';
import { runImport } from '../../../src-main/core/modules/imports/runImport';
import { businessSnapshot } from '../../helpers/syncPeers';
import { createTempBackend } from '../../helpers/tempBackend';
import { importMappingSchema } from '@shared/contract/schemas/imports';

const ROWS = 20_000;
const MAPPING: ImportMappingInput = {
  entity: 'companies',
  columns: { name: 'name', email: 'email', notes: 'notes' },
};

/** A 20,000-row companies file, as the wizard uploads it. */
const upload = () => {
  const lines = ['name,email,notes'];
  for (let row = 0; row < ROWS; row += 1)
    lines.push(`Company ${row},info${row}@firm${row}.ru,Row ${row} of the test file`);
  return { fileName: 'big.csv', base64: Buffer.from(lines.join('\n')).toString('base64') };
};

type Progress = Extract<PushEvent, { type: 'import.progress' }>;

/** The import through the real backend worker, as the app runs it: pushed progress, cancel, reads meanwhile. */
// 20,000 rows through a worker thread: generous limits for a loaded CI machine.
describe('a long import in the backend worker', { timeout: 180_000 }, () => {
  let dir: string;
  let dbPath: string;
  let worker: BackendWorker;
  const file = upload();
  const snapshot = () => {
    const db = openDatabase(dbPath, { readonly: true });
    try {
      return businessSnapshot({ db });
    } finally {
      closeDatabase(db);
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'voronka-import-'));
    dbPath = join(dir, 'voronka.sqlite');
    worker = await startBackendWorker({ workerPath: defaultWorkerPath(), options: { dbPath, platform: 'test' } });
    await worker.dispatch('deals.create', { title: 'Before the import', pipelineId: DEFAULT_PIPELINE.id });
  });
  afterAll(async () => {
    await worker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('cancelled midway, leaves the business tables byte-identical and logs nothing', async () => {
    const before = snapshot();
    let cancel: Promise<unknown> | null = null;
    const progress: Progress[] = [];
    const unsubscribe = worker.subscribe((event) => {
      if (event.type !== 'import.progress') return;
      progress.push(event);
      // Midway through the writes: some rows are written (uncommitted) when the cancel lands.
      if (event.phase === 'writing' && event.done >= 1_000) cancel ??= worker.dispatch('imports.cancel', {});
    });
    const result = await worker.dispatch('imports.run', { ...file, mapping: MAPPING });
    unsubscribe();
    expect(await cancel).toEqual({ ok: true, value: { cancelled: true } });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    const last = progress.at(-1)!;
    expect(last.phase).toBe('writing');
    expect(last.done).toBeLessThan(ROWS);
    expect(snapshot()).toEqual(before);
    expect(await worker.dispatch('imports.list', {})).toEqual({ ok: true, value: [] });
    // Nothing runs now: a cancel has nothing to stop, and writes are accepted again.
    expect(await worker.dispatch('imports.cancel', {})).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('reports progress by phase, answers reads and refuses writes while it runs', async () => {
    const progress: Progress[] = [];
    type During = { list: unknown; write: unknown; companies: unknown };
    let duringImport: Promise<During> | null = null as Promise<During> | null;
    const unsubscribe = worker.subscribe((event) => {
      if (event.type !== 'import.progress') return;
      progress.push(event);
      if (event.phase === 'writing' && event.done > 0 && event.done < ROWS) {
        duringImport ??= (async () => {
          const list = await worker.dispatch('deals.list', {});
          const companies = await worker.dispatch('companies.list', {});
          const write = await worker.dispatch('deals.create', { title: 'During', pipelineId: DEFAULT_PIPELINE.id });
          return { list, write, companies };
        })();
      }
    });
    let finished = false;
    const run = worker.dispatch('imports.run', { ...file, mapping: MAPPING }).finally(() => (finished = true));
    // The read and the refused write come back while the import is still writing.
    const answered = await (async () => {
      while (!duringImport) await new Promise((resolve) => setTimeout(resolve, 5));
      const outcome: During = await duringImport;
      return { ...outcome, beforeTheImportEnded: !finished };
    })();
    const result = await run;
    unsubscribe();

    expect(result).toMatchObject({ ok: true, value: { rows: ROWS, created: ROWS } });
    // Answered while the import still ran (its latency is a bench figure, not asserted on a shared machine).
    expect(answered.beforeTheImportEnded).toBe(true);
    // The read sees the committed state only: the deal made before, none of the import's rows.
    expect(answered.list).toMatchObject({
      ok: true,
      value: { rows: [expect.objectContaining({ title: 'Before the import' })] },
    });
    expect(answered.companies).toMatchObject({ ok: true, value: { rows: [] } });
    expect(answered.write).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', params: { reason: 'import_in_progress' } },
    });

    const phases = [...new Set(progress.map((event) => event.phase))];
    expect(phases).toEqual(['reading', 'writing']);
    const writing = progress.filter((event) => event.phase === 'writing');
    expect(writing.length).toBeGreaterThan(2);
    expect(writing.every((event) => event.total === ROWS)).toBe(true);
    expect(writing.map((event) => event.done)).toEqual([...writing.map((event) => event.done)].sort((a, b) => a - b));
    expect(writing.at(-1)!.done).toBe(ROWS);
    expect(progress.find((event) => event.phase === 'reading')!.total).toBeNull();
    // Writes are accepted again once it has finished.
    expect(await worker.dispatch('deals.create', { title: 'After', pipelineId: DEFAULT_PIPELINE.id })).toMatchObject({
      ok: true,
    });
  });
});

describe('a write during an import', { timeout: 180_000 }, () => {
  it('is refused, not folded into the import’s open transaction', async () => {
    const backend = createTempBackend();
    try {
      let during: Promise<unknown> | null = null;
      const summary = await backend.runLocal((ctx) =>
        runImport(ctx, {
          source: { bytes: Buffer.from(Buffer.from(upload().base64, 'base64')) },
          fileName: 'big.csv',
          mapping: importMappingSchema.parse(MAPPING),
          dryRun: false,
          onProgress: (progress) => {
            if (progress.phase !== 'writing' || progress.done === 0) return;
            // Another caller's write (a background job in the same process), on the same connection.
            during ??= backend.runLocal(async (other) => other.write(() => 'written')).catch((error: unknown) => error);
          },
        }),
      );
      expect(summary.created).toBe(ROWS);
      expect(await during).toMatchObject({ code: 'CONFLICT', params: { reason: 'import_in_progress' } });
    } finally {
      backend.dispose();
    }
  });
});
