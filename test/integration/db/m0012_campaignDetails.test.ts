import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0012');

describe('m0012_campaign_details', () => {
  it('keeps campaigns and costs, adds channel, archive mark and impressions with their check', () => {
    const db = file.open(11);
    db.sqlite.exec(`
      INSERT INTO lead_sources (id, name, created_at, updated_at) VALUES ('s1', 'Сайт', 0, 0);
      INSERT INTO campaigns (id, name, source_id, starts_at, ends_at, created_at, updated_at)
      VALUES ('c1', 'Директ', 's1', 10, 20, 1, 2);
      INSERT INTO campaign_costs (id, campaign_id, period_start, period_end, amount_minor, currency, reach, created_at, updated_at)
      VALUES ('k1', 'c1', 10, 17, 500, 'RUB', 40, 3, 4);`);
    const campaigns = db.sqlite.prepare('SELECT * FROM campaigns').all();
    const costs = db.sqlite.prepare('SELECT * FROM campaign_costs').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(12))).toMatchObject({ from: 11, to: 12 });
    expect(readSchemaVersion(db)).toBe(12);
    expect(db.sqlite.prepare('SELECT * FROM campaigns').all()).toEqual(
      (campaigns as object[]).map((row) => ({ ...row, channel: null, archived_at: null })),
    );
    expect(db.sqlite.prepare('SELECT * FROM campaign_costs').all()).toEqual(
      (costs as object[]).map((row) => ({ ...row, impressions: null })),
    );
    db.sqlite.exec(`UPDATE campaign_costs SET impressions = 9000 WHERE id = 'k1'`);
    expect(() => db.sqlite.exec(`UPDATE campaign_costs SET impressions = -1 WHERE id = 'k1'`)).toThrow(/CHECK/);
    expect(
      db.sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'campaigns'").pluck().all(),
    ).toContain('campaigns_source');
  });
});
