import type { Db } from '../../db/Db';
import type { ImportsTable } from '../../db/schema';
import { prepare } from '../../db/sql';

export type ImportLogEntry = {
  id: string;
  entity: ImportsTable['entity'];
  fileName: string;
  rows: number;
  created: number;
  updated: number;
  skipped: number;
  warnings: number;
  actorId: string | null;
  createdAt: number;
  undoneAt: number | null;
};

/** The import log, newest first. */
export const listImports = (db: Db, limit = 200): ImportLogEntry[] =>
  (prepare(db, 'SELECT * FROM imports ORDER BY created_at DESC, id DESC LIMIT ?').all(limit) as ImportsTable[]).map(
    (row) => ({
      id: row.id,
      entity: row.entity,
      fileName: row.file_name,
      rows: row.rows,
      created: row.created,
      updated: row.updated,
      skipped: row.skipped,
      warnings: row.warnings,
      actorId: row.actor_id,
      createdAt: row.created_at,
      undoneAt: row.undone_at,
    }),
  );
