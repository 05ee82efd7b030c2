import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0053');

describe('m0053_email_outbox', () => {
  it('adds the outbox with its states and who sent it how', () => {
    const db = file.open(52);
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(53))).toMatchObject({ to: 53 });
    expect(readSchemaVersion(db)).toBe(53);
    const insert = (id: string, status: string, via: string | null) =>
      db.sqlite
        .prepare(
          `INSERT INTO email_outbox (id, to_address, subject, body, status, sender_device, sent_via, created_at, updated_at)
           VALUES (?, 'a@b.test', 's', 'b', ?, 'd1', ?, 0, 0)`,
        )
        .run(id, status, via);
    insert('o1', 'queued', null);
    insert('o2', 'sent', 'mail_app');
    insert('o3', 'unknown', null);
    expect(() => insert('o4', 'lost', null)).toThrow(/CHECK/);
    expect(() => insert('o5', 'sent', 'pigeon')).toThrow(/CHECK/);
    expect(db.sqlite.prepare("SELECT attempts FROM email_outbox WHERE id = 'o1'").pluck().get()).toBe(0);
  });
});
