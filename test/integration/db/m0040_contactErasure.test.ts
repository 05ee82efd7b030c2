import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0040');

const unscrubbedMark = (db: ReturnType<typeof file.open>) =>
  db.sqlite.prepare("SELECT value FROM meta WHERE key = 'free_space_unscrubbed'").pluck().get();

describe('m0040_contact_erasure', () => {
  it('adds erased_at (null for every contact) and marks a file with contacts for one full rewrite at the first erase', () => {
    const db = file.open(37);
    db.sqlite.exec(`
      INSERT INTO contacts (id, name, email, created_at, updated_at) VALUES
        ('c1', 'Иван Петров', 'ivan@example.com', 0, 0), ('c2', 'Анна', NULL, 0, 0);`);
    const before = db.sqlite.prepare('SELECT * FROM contacts ORDER BY id').all() as Record<string, unknown>[];

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(40))).toMatchObject({ to: 40 });
    expect(readSchemaVersion(db)).toBe(40);
    expect(db.sqlite.prepare('SELECT * FROM contacts ORDER BY id').all()).toEqual(
      before.map((row) => ({ ...row, erased_at: null })),
    );
    expect(unscrubbedMark(db)).toBe('1');
  });

  it('leaves a file without contacts unmarked: it never held anyone’s data without secure_delete', () => {
    const db = file.open(37);
    migrateDatabase(db, MIGRATION_NOW, upTo(40));
    expect(unscrubbedMark(db)).toBeUndefined();
  });
});
