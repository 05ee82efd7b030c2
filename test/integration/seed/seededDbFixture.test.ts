import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { copySeededDb, seededDb } from '../../fixtures/seededDb';

describe('seededDb fixture', () => {
  it('builds once, then serves the cached file; copies are private', () => {
    const options = { deals: 150, seed: 4242, end: Date.UTC(2026, 5, 1), weeks: 6 };
    const first = seededDb(options);
    const second = seededDb(options);
    expect(second.path).toBe(first.path);
    expect(second.summary).toBeNull();
    expect(second.start).toBe(options.end - 6 * 7 * 86_400_000);
    const copy = copySeededDb(options, join(tmpdir(), `voronka-seeded-copy-${process.pid}.sqlite`));
    try {
      const db = new Database(copy.path);
      expect(db.prepare('SELECT count(*) FROM deals').pluck().get()).toBe(150);
      db.exec('DELETE FROM nps_responses');
      db.close();
      const cached = new Database(first.path, { readonly: true });
      expect(cached.prepare("SELECT value FROM meta WHERE key = 'seed.info'").pluck().get()).toContain('"seed":4242');
      cached.close();
    } finally {
      rmSync(copy.path, { force: true });
    }
  });
});
