import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0033');

describe('m0033_reminder_deliveries', () => {
  it('adds the device-local delivery record: one row per task, due time and user', () => {
    const db = file.open(32);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(33))).toMatchObject({ from: 32, to: 33 });
    expect(readSchemaVersion(db)).toBe(33);
    const deliver = (task: string, dueAt: number, user: string) =>
      db.sqlite.exec(
        `INSERT INTO reminder_deliveries (task_id, due_at, user_id, delivered_at) VALUES ('${task}', ${dueAt}, '${user}', 5)`,
      );
    deliver('t1', 100, 'u1');
    // A rescheduled task (new due time) and another person are new reminders; the same one is not.
    deliver('t1', 200, 'u1');
    deliver('t1', 100, 'u2');
    expect(() => deliver('t1', 100, 'u1')).toThrow(/UNIQUE|PRIMARY/);
    expect(() =>
      db.sqlite.exec(
        `INSERT INTO reminder_deliveries (task_id, due_at, user_id, delivered_at) VALUES ('t2', 'soon', 'u1', 5)`,
      ),
    ).toThrow(/cannot store TEXT/);
    expect(db.sqlite.prepare('SELECT count(*) AS n FROM reminder_deliveries').get()).toEqual({ n: 3 });
  });
});
