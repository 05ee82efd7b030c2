import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0008');
const NOW = MIGRATION_NOW;

describe('m0008_phone_keys', () => {
  it('recomputes phone keys of companies and contacts and leaves the typed phone alone', () => {
    const db = file.open(7);
    // Keys as the old hand-written normaliser stored them: no key for Kazakh numbers, "(0)" kept, extension dropped.
    db.sqlite.exec(`
      INSERT INTO companies (id, name, phone, phone_normalized, created_at, updated_at) VALUES
        ('c1', 'A', '+49 (0) 30 1234567', '+490301234567', 0, 0),
        ('c2', 'B', '+7 495 123-45-67 доб. 12', '+74951234567', 0, 0),
        ('c3', 'C', NULL, NULL, 0, 0);
      INSERT INTO contacts (id, name, phone, phone_normalized, created_at, updated_at) VALUES
        ('k1', 'K', '(701) 234-56-78', NULL, 0, 0),
        ('k2', 'L', 'звонить секретарю', NULL, 0, 0);`);

    expect(migrateDatabase(db, NOW, upTo(8))).toMatchObject({ from: 7, to: 8 });
    expect(readSchemaVersion(db)).toBe(8);
    expect(db.sqlite.prepare('SELECT id, phone, phone_normalized FROM companies ORDER BY id').all()).toEqual([
      { id: 'c1', phone: '+49 (0) 30 1234567', phone_normalized: '+49301234567' },
      { id: 'c2', phone: '+7 495 123-45-67 доб. 12', phone_normalized: '+74951234567;ext=12' },
      { id: 'c3', phone: null, phone_normalized: null },
    ]);
    expect(db.sqlite.prepare('SELECT id, phone, phone_normalized FROM contacts ORDER BY id').all()).toEqual([
      { id: 'k1', phone: '(701) 234-56-78', phone_normalized: '+77012345678' },
      { id: 'k2', phone: 'звонить секретарю', phone_normalized: null },
    ]);
    expect(db.sqlite.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(0);
  });
});
