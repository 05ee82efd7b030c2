import type { Db } from '../db/Db';
import { DomainError } from '../DomainError';
import { rebuildSearchIndex } from '../search/rebuildSearchIndex';

const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Ordinary tables: the search index (a virtual table and its shadow tables) is rebuilt instead. */
const tablesOf = (db: Db, schema: string): string[] =>
  db.sqlite
    .prepare(
      `SELECT name FROM ${schema}.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE 'search_fts%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];

/**
 * Tables the triggers fill as the rows they summarise come in (copying them too would count twice),
 * and the kept reports (m0081), which the copy's own writes drop anyway.
 */
const KEPT_BY_TRIGGERS = new Set(['activity_counts', 'kpi_activity_days', 'kpi_period_reports']);

/**
 * Replaces every row of the open database with the rows of the attached `schema`, in one write
 * transaction (a crash leaves the old data), then rebuilds the search index. Used where SQLite's
 * backup API cannot copy: an encrypted workspace (it opens its target without a key). Both files
 * must be of the same schema version, so their tables have the same columns in the same order.
 */
export const replaceContentsFrom = (db: Db, schema: string): void => {
  const version = (name: string) => db.sqlite.pragma(`${name}.user_version`, { simple: true }) as number;
  if (version(schema) !== version('main')) {
    throw new DomainError('DB_ENCRYPTED', 'An encrypted workspace restores only a backup of its own schema version', {
      reason: 'restore_other_schema',
    });
  }
  const tables = tablesOf(db, 'main');
  db.sqlite.pragma('foreign_keys = OFF');
  try {
    db.inWriteTransaction(() => {
      for (const table of tables) db.sqlite.exec(`DELETE FROM main.${quoted(table)}`);
      for (const table of tablesOf(db, schema)) {
        if (KEPT_BY_TRIGGERS.has(table)) continue;
        db.sqlite.exec(`INSERT INTO main.${quoted(table)} SELECT * FROM ${schema}.${quoted(table)}`);
      }
      rebuildSearchIndex(db.sqlite);
    });
  } finally {
    db.sqlite.pragma('foreign_keys = ON');
  }
};
