import type { RowValues } from '../../changes/ChangeWriter';
import { conflictError } from '../../conflictError';
import { DomainError } from '../../DomainError';
import type { HandlerContext } from '../../HandlerContext';
import type { ImportChangesTable, ImportsTable, SyncedTable } from '../../db/schema';
import { prepare } from '../../db/sql';

export type UndoResult = { importId: string; removed: number; reverted: number; kept: number; undoneAt: number };

/**
 * Reverts one import and only it, in one write: each record it created is tombstoned (with the
 * stage history hanging off a deal); each column it changed goes back to its earlier value —
 * unless someone changed that column since, whose edit then stands and is counted as kept.
 * Records the import did not touch are left as they are.
 */
export const undoImport = (ctx: HandlerContext, importId: string): UndoResult =>
  ctx.write((writer, now) => {
    const entry = prepare(ctx.db, 'SELECT * FROM imports WHERE id = ?').get(importId) as ImportsTable | undefined;
    if (!entry) throw new DomainError('NOT_FOUND', 'Import not found', { entity: 'import', id: importId });
    if (entry.undone_at !== null)
      throw conflictError('import_undone', 'The import was already undone', { id: importId });
    const changes = prepare(ctx.db, 'SELECT * FROM import_changes WHERE import_id = ? ORDER BY seq DESC').all(
      importId,
    ) as ImportChangesTable[];
    let removed = 0;
    let reverted = 0;
    let kept = 0;
    for (const change of changes) {
      const table = change.tbl as SyncedTable;
      const current = prepare(ctx.db, `SELECT * FROM "${table}" WHERE id = ?`).get(change.row_id) as
        RowValues | undefined;
      if (!current) continue;
      if (change.action === 'created') {
        if (current.deleted_at === null) {
          writer.update(table, change.row_id, { deleted_at: now }, current);
          removed += 1;
        }
        continue;
      }
      const before = JSON.parse(change.before ?? '{}') as RowValues;
      const after = JSON.parse(change.after ?? '{}') as RowValues;
      const patch: RowValues = {};
      for (const [column, value] of Object.entries(after)) {
        if (current[column] === value) patch[column] = before[column] ?? null;
        else kept += 1;
      }
      if (writer.update(table, change.row_id, patch, current).length > 0) reverted += 1;
    }
    prepare(ctx.db, 'UPDATE imports SET undone_at = ? WHERE id = ?').run(now, importId);
    return { importId, removed, reverted, kept, undoneAt: now };
  });
