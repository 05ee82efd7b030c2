import type { ImportMapping } from '@shared/contract/schemas/imports';
import { foldText } from '@shared/domain/foldText';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import { positionBetween } from '@shared/domain/positions';
import { lastCardPosition } from '../deals/dealColumn.repo';
import { importFileError } from './ImportFileError';
import { namedLookup, type NamedRow } from './namedLookup';

export type StageInfo = { id: string; index: number };

/** What every deal of an import needs once: the pipeline, its stages in order, sources, reasons. */
export type DealPlan = {
  pipelineId: string;
  stages: StageInfo[];
  stage(name: string): StageInfo | undefined;
  source(name: string): string | undefined;
  lossReason(name: string): string | undefined;
  defaultLossReason: string | undefined;
  /** The next card position at the end of a stage's column. */
  position(stageId: string): string;
};

const named = (db: Db, sqlText: string, ...params: unknown[]) =>
  namedLookup(prepare(db, sqlText).all(...params) as NamedRow[]);

/**
 * The import's pipeline (the mapping's, by name or key; else the first) with its live stages,
 * and the lead sources and loss reasons by any of their names. The default loss reason for a
 * lost deal the file gives none is "other" (a merge-free choice the user can see and change).
 */
export const dealPlan = (db: Db, mapping: ImportMapping): DealPlan => {
  const pipelines = prepare(
    db,
    'SELECT id, name, default_key FROM pipelines WHERE deleted_at IS NULL AND archived_at IS NULL ORDER BY position, id',
  ).all() as NamedRow[];
  const pipelineId = mapping.pipeline ? namedLookup(pipelines).get(foldText(mapping.pipeline)) : pipelines[0]?.id;
  if (!pipelineId) {
    throw importFileError('column_missing', 'No such pipeline', { pipeline: mapping.pipeline ?? null });
  }
  const stageRows = prepare(
    db,
    'SELECT id, name, default_key FROM stages WHERE pipeline_id = ? AND deleted_at IS NULL AND archived_at IS NULL ORDER BY position, id',
  ).all(pipelineId) as NamedRow[];
  const stages = stageRows.map((row, index) => ({ id: row.id, index }));
  const stageIds = namedLookup(stageRows);
  const sources = named(
    db,
    'SELECT id, name, default_key FROM lead_sources WHERE deleted_at IS NULL AND archived_at IS NULL',
  );
  const reasons = named(
    db,
    'SELECT id, name, default_key FROM loss_reasons WHERE deleted_at IS NULL AND archived_at IS NULL',
  );
  const lastPositions = new Map<string, string | null>();
  return {
    position: (stageId) => {
      const last = lastPositions.has(stageId) ? (lastPositions.get(stageId) ?? null) : lastCardPosition(db, stageId);
      const next = positionBetween(last, null);
      lastPositions.set(stageId, next);
      return next;
    },
    pipelineId,
    stages,
    stage: (name) => {
      const id = stageIds.get(foldText(name));
      return stages.find((stage) => stage.id === id);
    },
    source: (name) => sources.get(foldText(name)),
    lossReason: (name) => reasons.get(foldText(name)),
    defaultLossReason: reasons.get('other'),
  };
};
