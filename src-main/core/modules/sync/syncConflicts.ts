import type { SyncConflict, SyncConflictPage } from '@shared/contract/schemas/sync';
import { camelCaseColumn } from '@shared/domain/fieldHistory';
import type { DealStatus } from '@shared/contract/schemas/deals';
import type { ChangeWriter, RowValues } from '../../changes/ChangeWriter';
import { recordTransition } from '../deals/recordTransition';
import type { Db } from '../../db/Db';
import type { SyncedTable } from '../../db/schema';
import { prepare } from '../../db/sql';
import { DomainError } from '../../DomainError';
import type { HandlerContext } from '../../HandlerContext';
import { SYNCED_TABLES } from '../../sync/SYNCED_TABLES';

type ConflictRow = {
  id: number;
  tbl: string;
  row_id: string;
  columns: string;
  side: 'lost' | 'won';
  mine: string;
  theirs: string;
  their_device: string;
  their_actor: string | null;
  their_at: number;
  recorded_at: number;
  status: 'open' | 'kept' | 'accepted';
};

type RefKind = 'user' | 'company' | 'contact' | 'campaign' | 'stage' | 'pipeline' | 'leadSource' | 'lossReason';

/** Columns whose values are ids of named rows: the page ships their names. */
const REF_COLUMNS: Readonly<Record<string, RefKind>> = {
  owner_id: 'user',
  company_id: 'company',
  contact_id: 'contact',
  bant_authority_contact_id: 'contact',
  source_id: 'leadSource',
  campaign_id: 'campaign',
  loss_reason_id: 'lossReason',
  stage_id: 'stage',
  pipeline_id: 'pipeline',
};

const REF_SQL: Readonly<Record<RefKind, string>> = {
  user: 'SELECT id, name, NULL AS default_key FROM users WHERE id = ?',
  company: 'SELECT id, name, NULL AS default_key FROM companies WHERE id = ?',
  contact: 'SELECT id, name, NULL AS default_key FROM contacts WHERE id = ?',
  campaign: 'SELECT id, name, NULL AS default_key FROM campaigns WHERE id = ?',
  stage: 'SELECT id, name, default_key FROM stages WHERE id = ?',
  pipeline: 'SELECT id, name, default_key FROM pipelines WHERE id = ?',
  leadSource: 'SELECT id, name, default_key FROM lead_sources WHERE id = ?',
  lossReason: 'SELECT id, name, default_key FROM loss_reasons WHERE id = ?',
};

/** The column that names a record of each table (a deal's title, a company's name). */
const LABEL_COLUMNS = ['title', 'name', 'label'];

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

const recordLabel = (db: Db, table: string, rowId: string): string | null => {
  if (!(SYNCED_TABLES as readonly string[]).includes(table)) return null;
  const row = prepare(db, `SELECT * FROM ${quote(table)} WHERE id = ?`).get(rowId) as RowValues | undefined;
  const column = LABEL_COLUMNS.find((name) => typeof row?.[name] === 'string');
  return column === undefined ? null : (row?.[column] as string);
};

const byContractName = (cells: RowValues): RowValues =>
  Object.fromEntries(Object.entries(cells).map(([column, value]) => [camelCaseColumn(column), value]));

const OPEN_PAGE = `SELECT * FROM sync_conflicts WHERE status = 'open' ORDER BY recorded_at DESC, id DESC LIMIT ? OFFSET ?`;

/** A page of the open conflicts, newest first, with the names of the ids their values hold. */
export const listConflicts = (db: Db, offset: number, limit: number): SyncConflictPage => {
  const rows = prepare(db, OPEN_PAGE).all(limit, offset) as ConflictRow[];
  const total = prepare(db, "SELECT count(*) FROM sync_conflicts WHERE status = 'open'").pluck().get() as number;
  const refs: SyncConflictPage['refs'] = {};
  const addRef = (kind: RefKind, id: unknown) => {
    if (typeof id !== 'string' || id in refs) return;
    const found = prepare(db, REF_SQL[kind]).get(id) as { name: string | null; default_key: string | null } | undefined;
    if (found) refs[id] = { kind, name: found.name, defaultKey: found.default_key };
  };
  const conflicts = rows.map((row): SyncConflict => {
    const mine = JSON.parse(row.mine) as RowValues;
    const theirs = JSON.parse(row.theirs) as RowValues;
    for (const cells of [mine, theirs]) {
      for (const [column, value] of Object.entries(cells)) {
        const kind = REF_COLUMNS[column];
        if (kind) addRef(kind, value);
      }
    }
    addRef('user', row.their_actor);
    return {
      id: row.id,
      table: row.tbl,
      rowId: row.row_id,
      label: recordLabel(db, row.tbl, row.row_id),
      fields: (JSON.parse(row.columns) as string[]).map(camelCaseColumn),
      side: row.side,
      mine: byContractName(mine),
      theirs: byContractName(theirs),
      theirDevice: row.their_device,
      theirName: row.their_actor === null ? null : (refs[row.their_actor]?.name ?? null),
      theirAt: row.their_at,
      recordedAt: row.recorded_at,
    };
  });
  return { conflicts, total, refs };
};

const openConflict = (db: Db, id: number): ConflictRow => {
  const row = prepare(db, 'SELECT * FROM sync_conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
  if (!row) throw new DomainError('NOT_FOUND', `No conflict ${id}`, { entity: 'syncConflict', id });
  if (row.status !== 'open') {
    throw new DomainError('CONFLICT', `Conflict ${id} was already resolved`, { reason: 'conflict_resolved' });
  }
  return row;
};

const resolve = (db: Db, id: number, status: 'kept' | 'accepted', now: number): void => {
  prepare(db, 'UPDATE sync_conflicts SET status = ?, resolved_at = ? WHERE id = ?').run(status, now, id);
};

/**
 * A deal whose stage or status came back by "keep mine" moved: the move is a stage transition like
 * any other (the funnel's "as of" figures and the timeline read them).
 */
const noteDealMove = (ctx: HandlerContext, writer: ChangeWriter, before: RowValues, now: number): void => {
  const after = prepare(ctx.db, 'SELECT stage_id, status FROM deals WHERE id = ?').get(before.id) as {
    stage_id: string;
    status: DealStatus;
  };
  if (after.stage_id === before.stage_id && after.status === before.status) return;
  recordTransition(writer, {
    dealId: before.id as string,
    fromStageId: before.stage_id as string,
    toStageId: after.stage_id,
    fromStatus: before.status as DealStatus,
    toStatus: after.status,
    at: now,
    byUserId: ctx.actorId(),
  });
};

/**
 * "Keep mine": this device's value is written again as a new change (a later stamp, so it wins on
 * every device it reaches); the conflict is closed. Any other open conflict of the same cells
 * closes with it: the value now is the one the person chose.
 */
export const keepMine = (ctx: HandlerContext, id: number): { resolved: number } =>
  ctx.write((writer, now) => {
    const row = openConflict(ctx.db, id);
    const mine = JSON.parse(row.mine) as RowValues;
    const exists = prepare(ctx.db, `SELECT 1 FROM ${quote(row.tbl)} WHERE id = ?`).get(row.row_id) !== undefined;
    if (!exists)
      throw new DomainError('NOT_FOUND', `No ${row.tbl} row ${row.row_id}`, { entity: row.tbl, id: row.row_id });
    const before = prepare(ctx.db, `SELECT * FROM ${quote(row.tbl)} WHERE id = ?`).get(row.row_id) as RowValues;
    writer.update(row.tbl as SyncedTable, row.row_id, mine);
    // The list and the sidebar's count follow, whatever table the conflict was on.
    writer.markTouched('sync_conflicts');
    if (row.tbl === 'deals') noteDealMove(ctx, writer, before, now);
    const closed = prepare(
      ctx.db,
      `UPDATE sync_conflicts SET status = 'accepted', resolved_at = ?
       WHERE status = 'open' AND id <> ? AND tbl = ? AND row_id = ? AND columns = ?`,
    ).run(now, id, row.tbl, row.row_id, row.columns).changes;
    resolve(ctx.db, id, 'kept', now);
    return { resolved: 1 + closed };
  });

/** "Accept": the merged value stands; the conflict leaves the list. */
export const acceptConflict = (db: Db, id: number, now: number): { resolved: number } => {
  openConflict(db, id);
  resolve(db, id, 'accepted', now);
  return { resolved: 1 };
};

export const acceptAllConflicts = (db: Db, now: number): { resolved: number } => ({
  resolved: prepare(db, "UPDATE sync_conflicts SET status = 'accepted', resolved_at = ? WHERE status = 'open'").run(now)
    .changes,
});
