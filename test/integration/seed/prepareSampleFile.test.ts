import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src-main/core/createBackend';
import { prepareSampleFile } from '../../../src-main/core/seed/sample/prepareSampleFile';
import { readSampleMarker, readSampleMarkerOfFile } from '../../../src-main/core/seed/sample/sampleMarker';
import { SAMPLE_SIZE } from '../../../src-main/core/seed/sample/seedSampleWorkspace';

const DAY = 86_400_000;
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'voronka-sample-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = (fresh = false) => ({ language: 'ru' as const, fresh, platform: 'test' as const, now: Date.now() });

describe('prepareSampleFile', () => {
  it('generates a marked sample dated up to now, as one finished file, and opens as a rep with tasks', () => {
    const path = join(dir, 'sample', 'sample-ru.sqlite');
    prepareSampleFile(path, options());
    expect(readdirSync(join(dir, 'sample'))).toEqual(['sample-ru.sqlite']);
    const backend = createBackend({ dbPath: path, platform: 'test' });
    try {
      const sql = backend.db.sqlite;
      expect(readSampleMarker(backend.db)).toMatchObject({ language: 'ru', deals: SAMPLE_SIZE.deals });
      expect(sql.prepare('SELECT count(*) FROM deals').pluck().get()).toBe(SAMPLE_SIZE.deals);
      // A living funnel: open deals in several stages, the latest created within days of now.
      const openStages = sql.prepare("SELECT count(DISTINCT stage_id) FROM deals WHERE status = 'open'").pluck().get();
      expect(openStages).toBeGreaterThanOrEqual(3);
      const newest = sql.prepare('SELECT max(created_at) FROM deals').pluck().get() as number;
      expect(Date.now() - newest).toBeLessThan(7 * DAY);
      const me = JSON.parse(
        sql.prepare("SELECT value FROM settings WHERE key = 'user.currentId'").pluck().get() as string,
      );
      expect(sql.prepare('SELECT role FROM users WHERE id = ?').pluck().get(me)).toBe('rep');
      const myOpenTasks = sql
        .prepare("SELECT count(*) FROM activities WHERE owner_id = ? AND type = 'task' AND done_at IS NULL")
        .pluck()
        .get(me);
      expect(myOpenTasks).toBeGreaterThan(0);
    } finally {
      backend.close();
    }
  });

  it('reuses an existing sample as it is, and replaces it only when asked for fresh data', async () => {
    const path = join(dir, 'reuse', 'sample-ru.sqlite');
    prepareSampleFile(path, options());
    const edited = createBackend({ dbPath: path, platform: 'test' });
    await edited.dispatch('deals.create', { title: 'Edited in the sample', pipelineId: DEFAULT_PIPELINE.id });
    edited.close();
    const before = sha256(path);
    prepareSampleFile(path, options());
    expect(sha256(path)).toBe(before);
    prepareSampleFile(path, options(true));
    const fresh = createBackend({ dbPath: path, platform: 'test' });
    try {
      expect(
        fresh.db.sqlite.prepare("SELECT count(*) FROM deals WHERE title = 'Edited in the sample'").pluck().get(),
      ).toBe(0);
      expect(readSampleMarker(fresh.db)).not.toBeNull();
    } finally {
      fresh.close();
    }
  });

  it('refuses a workspace at the sample path that is not a sample, and leaves it byte for byte', async () => {
    const path = join(dir, 'foreign', 'sample-ru.sqlite');
    mkdirSync(join(dir, 'foreign'));
    const foreign = createBackend({ dbPath: path, platform: 'test' });
    await foreign.dispatch('deals.create', { title: 'Real data', pipelineId: DEFAULT_PIPELINE.id });
    foreign.close();
    const before = sha256(path);
    expect(readSampleMarkerOfFile(path)).toBeNull();
    for (const fresh of [false, true]) {
      expect(() => prepareSampleFile(path, options(fresh))).toThrow(/not a sample workspace/);
    }
    expect(sha256(path)).toBe(before);
  });

  it('throws away what a crash left half-made instead of reusing it', () => {
    const path = join(dir, 'crash', 'sample-ru.sqlite');
    mkdirSync(join(dir, 'crash'));
    writeFileSync(`${path}.partial`, 'half a file');
    prepareSampleFile(path, options());
    expect(existsSync(`${path}.partial`)).toBe(false);
    expect(readSampleMarkerOfFile(path)).toMatchObject({ language: 'ru' });
  });
});
