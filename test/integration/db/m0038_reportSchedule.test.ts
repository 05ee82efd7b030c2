import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0038');

describe('m0038_report_schedule', () => {
  it('adds the one device-local schedule row, switched off, Monday 09:00, PDF and Excel', () => {
    const db = file.open(37);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(38))).toMatchObject({ from: 37, to: 38 });
    expect(readSchemaVersion(db)).toBe(38);
    expect(
      db.sqlite.prepare('SELECT id, enabled, weekday, time, formats, folder, last_slot FROM report_schedule').all(),
    ).toEqual([
      { id: 1, enabled: 0, weekday: 1, time: '09:00', formats: '["pdf","xlsx"]', folder: null, last_slot: null },
    ]);
  });

  it('keeps one row and refuses values the schedule cannot mean', () => {
    const db = file.open(38);
    const update = (set: string) => () => db.sqlite.exec(`UPDATE report_schedule SET ${set} WHERE id = 1`);
    expect(() => db.sqlite.exec('INSERT INTO report_schedule (id) VALUES (2)')).toThrow(/CHECK/);
    expect(update('weekday = 8')).toThrow(/CHECK/);
    expect(update("time = '9am'")).toThrow(/CHECK/);
    expect(update("formats = 'pdf'")).toThrow(/CHECK|JSON/);
    expect(update("language = 'de'")).toThrow(/CHECK/);
    expect(update("last_run_trigger = 'cron'")).toThrow(/CHECK/);
    expect(update("last_slot = 'soon'")).toThrow(/cannot store TEXT/);
    update("enabled = 1, weekday = 7, time = '23:59', formats = '[\"json\"]'")();
    expect(db.sqlite.prepare('SELECT count(*) AS n FROM report_schedule').get()).toEqual({ n: 1 });
  });
});
