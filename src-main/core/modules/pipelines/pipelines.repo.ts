import type { Pipeline, Stage } from '@shared/contract/schemas/pipelines';
import type { Placed } from '@shared/domain/listPlacement';
import type { Db } from '../../db/Db';
import type { PipelinesTable, StagesTable } from '../../db/schema';
import { selectAll, selectFirst } from '../../db/sql';

/** The stored JSON list; anything else (a hand-edited file) reads as none rather than failing the board. */
const parseCardFieldIds = (stored: string | null): string[] => {
  if (stored === null) return [];
  try {
    const ids: unknown = JSON.parse(stored);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
};

export const toPipeline = (row: PipelinesTable): Pipeline => ({
  id: row.id,
  name: row.name,
  defaultKey: row.default_key,
  position: row.position,
  archivedAt: row.archived_at,
  cardFieldIds: parseCardFieldIds(row.card_field_ids),
});

export const toStage = (row: StagesTable): Stage => ({
  id: row.id,
  pipelineId: row.pipeline_id,
  name: row.name,
  defaultKey: row.default_key,
  funnelStep: row.funnel_step,
  position: row.position,
  probability: row.probability,
  rotDays: row.rot_days,
  slaHours: row.sla_hours,
  playbook: row.playbook,
  archivedAt: row.archived_at,
});

export const listPipelines = (db: Db, includeArchived: boolean): Pipeline[] => {
  let query = db.q.selectFrom('pipelines').selectAll().where('deleted_at', 'is', null);
  if (!includeArchived) query = query.where('archived_at', 'is', null);
  return selectAll(db, query.orderBy('position').orderBy('id')).map(toPipeline);
};

export const findPipelineRow = (db: Db, id: string): PipelinesTable | undefined =>
  selectFirst(db, db.q.selectFrom('pipelines').selectAll().where('id', '=', id).where('deleted_at', 'is', null));

export const findPipeline = (db: Db, id: string): Pipeline | undefined => {
  const row = findPipelineRow(db, id);
  return row && toPipeline(row);
};

/** Active pipelines' order keys: the list a pipeline is placed in. */
export const pipelinePositions = (db: Db): Placed[] =>
  selectAll(
    db,
    db.q
      .selectFrom('pipelines')
      .select(['id', 'position'])
      .where('deleted_at', 'is', null)
      .where('archived_at', 'is', null),
  );

export const listStages = (db: Db, pipelineId: string, includeArchived: boolean): Stage[] => {
  let query = db.q
    .selectFrom('stages')
    .selectAll()
    .where('pipeline_id', '=', pipelineId)
    .where('deleted_at', 'is', null);
  if (!includeArchived) query = query.where('archived_at', 'is', null);
  return selectAll(db, query.orderBy('position').orderBy('id')).map(toStage);
};

export const findStageRow = (db: Db, id: string): StagesTable | undefined =>
  selectFirst(db, db.q.selectFrom('stages').selectAll().where('id', '=', id).where('deleted_at', 'is', null));

export const findStage = (db: Db, id: string): Stage | undefined => {
  const row = findStageRow(db, id);
  return row && toStage(row);
};

/** Active stages' order keys in a pipeline: the list a stage is placed in. */
export const stagePositions = (db: Db, pipelineId: string): Placed[] =>
  selectAll(
    db,
    db.q
      .selectFrom('stages')
      .select(['id', 'position'])
      .where('pipeline_id', '=', pipelineId)
      .where('deleted_at', 'is', null)
      .where('archived_at', 'is', null),
  );
