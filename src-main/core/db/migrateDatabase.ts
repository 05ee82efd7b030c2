import { existsSync } from 'node:fs';
import { DomainError } from '../DomainError';
import { COPY_BINDING } from '../device/readOrCreateDeviceId';
import type { Db } from './Db';
import type { Migration } from './Migration';
import type { MigrationProgress } from './MigrationProgress';
import { migrationRowTicks } from './migrationRowTicks';
import { migrations as allMigrations } from './migrations/migrations';

export type MigrationReport = {
  from: number;
  to: number;
  backupPath: string | null;
};

/** A conversion of 1.6 million messages reports about 160 times. */
export const ROWS_PER_REPORT = 10_000;

export const readSchemaVersion = (db: Db): number => db.sqlite.pragma('user_version', { simple: true }) as number;

const hasUserTables = (db: Db): boolean =>
  db.sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1").get() !==
  undefined;

const backupPathFor = (db: Db, fromVersion: number, now: number): string => {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  let path = `${db.path}.v${fromVersion}-${stamp}.bak`;
  for (let n = 1; existsSync(path); n += 1) path = `${db.path}.v${fromVersion}-${stamp}-${n}.bak`;
  return path;
};

/**
 * A backup restored later must not reuse this device's id: the original may have stamped and
 * sent messages since, which the restored copy would stamp again (see readOrCreateDeviceId).
 */
const markAsCopy = (db: Db, path: string): void => {
  db.sqlite.prepare('ATTACH DATABASE ? AS backup_copy').run(path);
  try {
    db.sqlite
      .prepare(
        "INSERT INTO backup_copy.meta (key, value) VALUES ('device_binding', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      )
      .run(COPY_BINDING);
  } finally {
    db.sqlite.exec('DETACH DATABASE backup_copy');
  }
};

/**
 * Brings the file to the latest schema. A non-empty file is copied with `VACUUM INTO` first, so a
 * failed or regretted upgrade never costs the user their data; each step is one transaction.
 */
export const migrateDatabase = (
  db: Db,
  now: number,
  migrations: readonly Migration[] = allMigrations,
  /** Told before each step and, in a step that counts rows, every ROWS_PER_REPORT of them. */
  onProgress?: (progress: MigrationProgress) => void,
): MigrationReport => {
  const from = readSchemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new DomainError(
      'CONFLICT',
      `The database schema v${from} is newer than this app (v${latest}). Update Voronka.`,
      {
        schemaVersion: from,
        appSchemaVersion: latest,
      },
    );
  }
  const pending = migrations.filter((migration) => migration.version > from);
  if (pending.length === 0) return { from, to: from, backupPath: null };

  const steps = pending.length;
  let backupPath: string | null = null;
  if (db.path !== ':memory:' && hasUserTables(db)) {
    onProgress?.({ phase: 'backup', step: 0, steps, name: null, done: null, total: null });
    backupPath = backupPathFor(db, from, now);
    db.sqlite.prepare('VACUUM INTO ?').run(backupPath);
    if (from >= 1) markAsCopy(db, backupPath);
  }
  for (const [index, migration] of pending.entries()) {
    const step = index + 1;
    // Rows are counted only for an existing file that someone watches: a new one has none.
    const total = onProgress && migration.rows && from > 0 ? migration.rows(db.sqlite) : null;
    const report = (done: number | null) =>
      onProgress?.({ phase: 'migrate', step, steps, name: migration.name, done, total });
    report(total === null ? null : 0);
    let done = 0;
    if (total !== null && total > 0) {
      migrationRowTicks.set(db.sqlite, () => {
        done += 1;
        if (done % ROWS_PER_REPORT === 0 || done === total) report(done);
      });
    }
    try {
      db.sqlite.transaction(() => {
        db.sqlite.exec(migration.sql);
        migration.backfill?.(db.sqlite);
        db.sqlite.pragma(`user_version = ${migration.version}`);
      })();
    } finally {
      migrationRowTicks.delete(db.sqlite);
    }
  }
  return { from, to: latest, backupPath };
};
