import type { ControlPoint } from '@shared/contract/schemas/controlPoints';
import type { Placed } from '@shared/domain/listPlacement';
import type { Db } from '../../db/Db';
import type { ControlPointsTable, DealChecksTable } from '../../db/schema';
import { prepare, selectAll, selectFirst } from '../../db/sql';

export const toControlPoint = (row: ControlPointsTable): ControlPoint => ({
  id: row.id,
  stageId: row.stage_id,
  label: row.label,
  defaultKey: row.default_key,
  required: row.required === 1,
  position: row.position,
  archivedAt: row.archived_at,
});

export const findControlPointRow = (db: Db, id: string): ControlPointsTable | undefined =>
  selectFirst(db, db.q.selectFrom('control_points').selectAll().where('id', '=', id).where('deleted_at', 'is', null));

export const listStageControlPoints = (db: Db, stageId: string, includeArchived: boolean): ControlPoint[] => {
  let query = db.q
    .selectFrom('control_points')
    .selectAll()
    .where('stage_id', '=', stageId)
    .where('deleted_at', 'is', null);
  if (!includeArchived) query = query.where('archived_at', 'is', null);
  return selectAll(db, query.orderBy('position').orderBy('id')).map(toControlPoint);
};

/** A pipeline's items in board order: stage order, then item order (archived stages included). */
export const listPipelineControlPoints = (db: Db, pipelineId: string, includeArchived: boolean): ControlPoint[] => {
  let query = db.q
    .selectFrom('control_points as cp')
    .innerJoin('stages as s', 's.id', 'cp.stage_id')
    .selectAll('cp')
    .where('s.pipeline_id', '=', pipelineId)
    .where('s.deleted_at', 'is', null)
    .where('cp.deleted_at', 'is', null);
  if (!includeArchived) query = query.where('cp.archived_at', 'is', null);
  return selectAll(db, query.orderBy('s.position').orderBy('s.id').orderBy('cp.position').orderBy('cp.id')).map(
    toControlPoint,
  );
};

export const controlPointPositions = (db: Db, stageId: string): Placed[] =>
  selectAll(
    db,
    db.q
      .selectFrom('control_points')
      .select(['id', 'position'])
      .where('stage_id', '=', stageId)
      .where('deleted_at', 'is', null)
      .where('archived_at', 'is', null),
  );

export type DealCheckRow = DealChecksTable & { checked_by_name: string | null };

/** The deal's checklist rows with the name of who ticked each. */
export const listDealChecks = (db: Db, dealId: string): DealCheckRow[] =>
  selectAll(
    db,
    db.q
      .selectFrom('deal_checks as dc')
      .leftJoin('users as u', 'u.id', 'dc.checked_by')
      .selectAll('dc')
      .select('u.name as checked_by_name')
      .where('dc.deal_id', '=', dealId)
      .where('dc.deleted_at', 'is', null),
  );

export const findDealCheckRow = (db: Db, id: string): DealChecksTable | undefined =>
  selectFirst(db, db.q.selectFrom('deal_checks').selectAll().where('id', '=', id));

/**
 * Ids of the control points ticked on a deal. A prepared statement, not a built query: a merge
 * checks every deal it wrote (a whole workspace's bundle 100,000), and building and compiling the
 * query per deal took ~10 µs.
 */
export const checkedControlPointIds = (db: Db, dealId: string): Set<string> =>
  new Set(
    prepare(db, 'SELECT control_point_id FROM deal_checks WHERE deal_id = ? AND checked = 1 AND deleted_at IS NULL')
      .pluck()
      .all(dealId) as string[],
  );
