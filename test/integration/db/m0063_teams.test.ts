import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0063');

describe('m0063_teams', () => {
  it('adds teams and puts every existing user in none', () => {
    const db = file.open(58);
    db.sqlite
      .prepare("INSERT INTO users (id, name, role, created_at, updated_at) VALUES ('u1', 'Анна', 'rep', 0, 0)")
      .run();
    expect(migrateDatabase(db, MIGRATION_NOW, upTo(63))).toMatchObject({ to: 63 });
    expect(readSchemaVersion(db)).toBe(63);
    expect(db.sqlite.prepare('SELECT id, team_id FROM users').all()).toEqual([{ id: 'u1', team_id: null }]);
  });

  it('refuses a blank team name and a user in a team that does not exist; the lead is no foreign key', () => {
    const db = file.open(63);
    const team = (id: string, name: string, lead: string | null) => () =>
      db.sqlite
        .prepare('INSERT INTO teams (id, name, lead_id, created_at, updated_at) VALUES (?, ?, ?, 0, 0)')
        .run(id, name, lead);
    expect(team('t0', '  ', null)).toThrow(/CHECK/);
    // A team may arrive before its lead (the two reference each other): nothing refuses it.
    team('t1', 'Москва', 'not-yet-here')();
    const user = (id: string, teamId: string) => () =>
      db.sqlite
        .prepare(
          "INSERT INTO users (id, name, role, team_id, created_at, updated_at) VALUES (?, 'Иван', 'rep', ?, 0, 0)",
        )
        .run(id, teamId);
    user('u1', 't1')();
    expect(user('u2', 'missing')).toThrow(/FOREIGN KEY/);
  });
});
