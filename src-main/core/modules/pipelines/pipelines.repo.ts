import type { Pipeline, Stage } from '@shared/contract/schemas/pipelines';
import type { Db } from '../../db/Db';
import type { PipelinesTable, StagesTable } from '../../db/schema';
import { selectAll, selectFirst } from '../../db/sql';

const toPipeline = (row: PipelinesTable): Pipeline => ({
  id: row.id,
  name: row.name,
  defaultKey: row.default_key,
  position: row.position,
  archivedAt: row.archived_at,
});

const toStage = (row: StagesTable): Stage => ({
  id: row.id,
  pipelineId: row.pipeline_id,
  name: row.name,
  defaultKey: row.default_key,
  funnelStep: row.funnel_step,
  position: row.position,
  probability: row.probability,
  rotDays: row.rot_days,
  slaHours: row.sla_hours,
  archivedAt: row.archived_at,
});

export const listPipelines = (db: Db, includeArchived: boolean): Pipeline[] => {
  let query = db.q.selectFrom('pipelines').selectAll().where('deleted_at', 'is', null);
  if (!includeArchived) query = query.where('archived_at', 'is', null);
  return selectAll(db, query.orderBy('position').orderBy('id')).map(toPipeline);
};

export const findPipeline = (db: Db, id: string): Pipeline | undefined => {
  const row = selectFirst(
    db,
    db.q.selectFrom('pipelines').selectAll().where('id', '=', id).where('deleted_at', 'is', null),
  );
  return row && toPipeline(row);
};

export const listStages = (db: Db, pipelineId: string, includeArchived: boolean): Stage[] => {
  let query = db.q
    .selectFrom('stages')
    .selectAll()
    .where('pipeline_id', '=', pipelineId)
    .where('deleted_at', 'is', null);
  if (!includeArchived) query = query.where('archived_at', 'is', null);
  return selectAll(db, query.orderBy('position').orderBy('id')).map(toStage);
};

export const findStage = (db: Db, id: string): Stage | undefined => {
  const row = selectFirst(
    db,
    db.q.selectFrom('stages').selectAll().where('id', '=', id).where('deleted_at', 'is', null),
  );
  return row && toStage(row);
};
