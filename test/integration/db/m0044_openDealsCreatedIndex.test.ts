import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0044');

const planOf = (db: ReturnType<typeof file.open>, query: string): string =>
  (db.sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((row) => row.detail).join('\n');

/** The leads inbox as it opens (listLeadDeals, which forces the index): the newest open deals of the lead stages. */
const INBOX = `SELECT d.id FROM deals d INDEXED BY deals_open_created JOIN stages s ON s.id = d.stage_id
  WHERE d.deleted_at IS NULL AND d.status = 'open' AND d.stage_id IN ('s1', 's2')
  ORDER BY d.created_at DESC, d.id DESC LIMIT 50`;

describe('m0044_open_deals_created_index', () => {
  it('keeps deals, holds the live open ones only, and serves the inbox page without a sort', () => {
    const db = file.open(41);
    db.sqlite.exec(`
      INSERT INTO pipelines (id, name, position, created_at, updated_at) VALUES ('p', 'P', 'a0', 0, 0);
      INSERT INTO stages (id, pipeline_id, name, position, funnel_step, probability, created_at, updated_at)
        VALUES ('s1', 'p', 'Лид', 'a0', 'awareness', 0.1, 0, 0), ('s2', 'p', 'Квалификация', 'a1', 'interest', 0.2, 0, 0),
               ('s3', 'p', 'КП', 'a2', 'consideration', 0.5, 0, 0);
      INSERT INTO deals (id, title, pipeline_id, stage_id, position, status, currency, stage_entered_at, created_at, updated_at, deleted_at, won_at)
        VALUES ('d1', 'A', 'p', 's1', 'a0', 'open', 'RUB', 0, 10, 0, NULL, NULL),
               ('d2', 'B', 'p', 's2', 'a1', 'open', 'RUB', 0, 30, 0, NULL, NULL),
               ('d3', 'C', 'p', 's3', 'a2', 'open', 'RUB', 0, 40, 0, NULL, NULL),
               ('d4', 'D', 'p', 's1', 'a3', 'won', 'RUB', 0, 50, 0, NULL, 55),
               ('d5', 'E', 'p', 's2', 'a4', 'open', 'RUB', 0, 60, 0, 70, NULL),
               ('d6', 'F', 'p', 's1', 'a5', 'open', 'RUB', 0, 20, 0, NULL, NULL);`);
    const deals = db.sqlite.prepare('SELECT * FROM deals ORDER BY id').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(44))).toMatchObject({ to: 44 });
    expect(readSchemaVersion(db)).toBe(44);
    expect(db.sqlite.prepare('SELECT * FROM deals ORDER BY id').all()).toEqual(deals);

    const indexed = db.sqlite
      .prepare(
        "SELECT id FROM deals INDEXED BY deals_open_created WHERE deleted_at IS NULL AND status = 'open' ORDER BY created_at",
      )
      .pluck()
      .all();
    expect(indexed).toEqual(['d1', 'd6', 'd2', 'd3']);
    const plan = planOf(db, INBOX);
    expect(plan).toMatch(/deals_open_created/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    expect(db.sqlite.prepare(INBOX).pluck().all()).toEqual(['d2', 'd6', 'd1']);
  });
});
