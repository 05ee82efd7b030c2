import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0035');

describe('m0035_deal_contact_phone_search', () => {
  it("rebuilds the search index so existing deals are found by their contact's phone", () => {
    const db = file.open(32);
    db.sqlite.exec(`
      INSERT INTO pipelines (id, name, position, created_at, updated_at) VALUES ('p1', 'Продажи', 'a', 0, 0);
      INSERT INTO stages (id, pipeline_id, name, position, funnel_step, probability, sla_hours, created_at, updated_at)
        VALUES ('s1', 'p1', 'Квалификация', 'a', 'interest', 0.2, 24, 0, 0);
      INSERT INTO contacts (id, name, phone, phone_normalized, created_at, updated_at)
        VALUES ('k1', 'Олег', '+7 912 345-67-89', '+79123456789', 1, 1),
               ('k2', 'Удалённый', '+7 495 111-22-33', '+74951112233', 1, 1);
      UPDATE contacts SET deleted_at = 2 WHERE id = 'k2';
      INSERT INTO deals (id, title, pipeline_id, stage_id, position, currency, contact_id, stage_entered_at, created_at, updated_at)
        VALUES ('d1', 'Поставка', 'p1', 's1', 'a', 'RUB', 'k1', 1, 1, 1),
               ('d2', 'Без контакта', 'p1', 's1', 'b', 'RUB', 'k2', 1, 1, 1);`);
    const match = (query: string) =>
      db.sqlite
        .prepare(
          `SELECT d.record_id FROM search_fts JOIN search_docs d ON d.doc = search_fts.rowid
           WHERE search_fts MATCH ? ORDER BY d.record_id`,
        )
        .pluck()
        .all(query);
    db.sqlite.transaction(() =>
      db.sqlite.exec("DELETE FROM search_docs; INSERT INTO search_fts (search_fts) VALUES ('delete-all')"),
    )();
    expect(match('kind : deal')).toEqual([]);

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(35))).toMatchObject({ from: 32, to: 35 });
    expect(readSchemaVersion(db)).toBe(35);
    expect(match('kind : deal AND keys : "3456789"')).toEqual(['d1']);
    expect(match('keys : "9123456789"')).toEqual(['d1', 'k1']);
    // A deleted contact's phone is not its deal's.
    expect(match('kind : deal AND keys : "1112233"')).toEqual([]);
    expect(match('kind : deal')).toEqual(['d1', 'd2']);
  });
});
