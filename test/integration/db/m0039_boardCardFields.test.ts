import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0039');

describe('m0039_board_card_fields', () => {
  it('keeps pipelines, adds no card fields, and holds only a JSON list of up to three', () => {
    const db = file.open(37);
    db.sqlite.exec(
      `INSERT INTO pipelines (id, name, position, created_at, updated_at) VALUES ('p1', 'Продажи', 'a', 0, 0);`,
    );
    const pipelines = db.sqlite.prepare('SELECT * FROM pipelines').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(39))).toMatchObject({ to: 39 });
    expect(readSchemaVersion(db)).toBe(39);
    expect(db.sqlite.prepare('SELECT * FROM pipelines').all()).toEqual(
      (pipelines as object[]).map((row) => ({ ...row, card_field_ids: null })),
    );
    const set = (value: string) =>
      db.sqlite.prepare(`UPDATE pipelines SET card_field_ids = ? WHERE id = 'p1'`).run(value);
    set('["f1","f2","f3"]');
    expect(() => set('["f1","f2","f3","f4"]')).toThrow(/CHECK/);
    expect(() => set('{"f1":1}')).toThrow(/CHECK/);
    expect(() => set('f1')).toThrow(/CHECK/);
  });
});
