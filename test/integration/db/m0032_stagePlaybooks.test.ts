import { describe, expect, it } from 'vitest';
import { migrateDatabase, readSchemaVersion } from '../../../src-main/core/db/migrateDatabase';
import { MIGRATION_NOW, upTo, useFileAtVersion } from './useFileAtVersion';

const file = useFileAtVersion('m0032');

describe('m0032_stage_playbooks', () => {
  it('keeps stages, adds an empty playbook (the seeded text) and bounds its length', () => {
    const db = file.open(31);
    db.sqlite.exec(`
      INSERT INTO pipelines (id, name, position, created_at, updated_at) VALUES ('p1', 'Продажи', 'a', 0, 0);
      INSERT INTO stages (id, pipeline_id, name, position, funnel_step, probability, sla_hours, created_at, updated_at)
      VALUES ('s1', 'p1', 'Квалификация', 'a', 'interest', 0.2, 24, 0, 0);`);
    const stages = db.sqlite.prepare('SELECT * FROM stages').all();

    expect(migrateDatabase(db, MIGRATION_NOW, upTo(32))).toMatchObject({ to: 32 });
    expect(readSchemaVersion(db)).toBe(32);
    expect(db.sqlite.prepare('SELECT * FROM stages').all()).toEqual(
      (stages as object[]).map((row) => ({ ...row, playbook: null })),
    );
    db.sqlite.exec(`UPDATE stages SET playbook = 'Позвонить в течение 4 часов' WHERE id = 's1'`);
    expect(() => db.sqlite.exec(`UPDATE stages SET playbook = '${'я'.repeat(4001)}' WHERE id = 's1'`)).toThrow(
      /CHECK/,
    );
  });
});
