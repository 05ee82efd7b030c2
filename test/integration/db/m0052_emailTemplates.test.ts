import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0052');

describe('m0052_email_templates', () => {
  it('adds templates (a name and a language required) and one device-local SMTP row with no password column', () => {
    const db = file.open(51);
    db.sqlite.exec(
      `INSERT INTO users (id, name, role, active, created_at, updated_at) VALUES ('u1', 'Анна', 'rep', 1, 0, 0);`,
    );
    const users = db.sqlite.prepare('SELECT * FROM users').all();
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(52))).toMatchObject({ to: 52 });
    expect(readSchemaVersion(db)).toBe(52);
    expect(db.sqlite.prepare('SELECT * FROM users').all()).toEqual(users);
    const template = db.sqlite.prepare(
      'INSERT INTO email_templates (id, name, language, subject, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, 0)',
    );
    template.run('t1', 'Спасибо', 'ru', 'Спасибо, {{contact.firstName}}', 'Текст');
    expect(() => template.run('t2', ' ', 'ru', 's', 'b')).toThrow(/CHECK/);
    expect(() => template.run('t3', 'Thanks', 'de', 's', 'b')).toThrow(/CHECK/);
    const smtp = db.sqlite.prepare(
      "INSERT INTO smtp_settings (id, host, port, security, from_address, updated_at) VALUES (?, 'smtp.test', ?, ?, 'a@b.test', 0)",
    );
    smtp.run(1, 587, 'starttls');
    expect(() => smtp.run(2, 587, 'starttls')).toThrow(/CHECK/);
    db.sqlite.exec('DELETE FROM smtp_settings');
    expect(() => smtp.run(1, 0, 'tls')).toThrow(/CHECK/);
    expect(() => smtp.run(1, 465, 'ssl')).toThrow(/CHECK/);
    const columns = db.sqlite.prepare("SELECT name FROM pragma_table_info('smtp_settings')").pluck().all();
    expect(columns.some((name) => String(name).includes('pass'))).toBe(false);
  });
});
