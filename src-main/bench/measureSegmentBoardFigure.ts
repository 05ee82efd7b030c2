import { foldText } from '@shared/domain/foldText';
import type Database from 'better-sqlite3';
import type { Backend } from '../core/createBackend';
import { compareFigure } from './compareFigure';
import type { BenchFigure } from './formatBenchTable';
import { measurePair } from './measure';
import type { Unwrap } from './measureCustomFieldFigures';
import { CARDS, type RawDb } from './rawBaselines';

const SEGMENT_NAME = 'bench: industry and value';

/**
 * The board filtered by a saved segment (issue 7): the companies of the workspace's most common
 * industry and deals of at least the median value, 20 cards a stage. The raw twin adds the same
 * two conditions to the raw board's statements by hand. The segment is deleted afterwards.
 */
export const measureSegmentBoardFigure = async (
  backend: Backend,
  raw: RawDb & { db: Database.Database },
  pipelineId: string,
  runs: number,
  target: number,
  unwrap: Unwrap,
): Promise<BenchFigure> => {
  const industry = raw.db
    .prepare(
      'SELECT industry FROM companies WHERE deleted_at IS NULL AND industry IS NOT NULL GROUP BY industry ORDER BY count(*) DESC LIMIT 1',
    )
    .pluck()
    .get() as string;
  const minValue = raw.db
    .prepare(
      "SELECT value_minor FROM deals WHERE status = 'open' AND deleted_at IS NULL ORDER BY value_minor LIMIT 1 OFFSET (SELECT count(*) / 2 FROM deals WHERE status = 'open' AND deleted_at IS NULL)",
    )
    .pluck()
    .get() as number;
  const industryKey = foldText(industry);
  const segment = await unwrap<{ id: string }>(
    backend.dispatch('segments.create', {
      name: `${SEGMENT_NAME} ${Date.now()}`,
      rules: { company: { industries: [industry] }, deal: { valueMinMinor: minValue } },
    }),
  );
  try {
    // The same index the app reads (m0051's folded industry key).
    const condition = `d.value_minor >= ? AND d.company_id IN (SELECT id FROM companies WHERE deleted_at IS NULL AND industry_key = ?)`;
    const stages = raw.db.prepare(
      'SELECT id, probability, sla_hours FROM stages WHERE pipeline_id = ? AND deleted_at IS NULL AND archived_at IS NULL ORDER BY position, id',
    );
    const cards = raw.db.prepare(CARDS.replace('WHERE d.stage_id = ?', `WHERE d.stage_id = ? AND ${condition}`));
    const stageIds = (stages.all(pipelineId) as { id: string }[]).map((stage) => stage.id);
    const headers = raw.db.prepare(
      `SELECT stage_id, currency, count(*) AS n, sum(value_minor) AS total FROM deals d
        WHERE stage_id IN (${stageIds.map(() => '?').join(', ')}) AND status = 'open' AND deleted_at IS NULL AND ${condition}
        GROUP BY stage_id, currency`,
    );
    const timing = await measurePair(
      runs,
      async () => {
        await unwrap(backend.dispatch('deals.board', { pipelineId, segmentId: segment.id, limitPerStage: 20 }));
      },
      () => {
        const rows = stages.all(pipelineId) as { id: string; sla_hours: number | null }[];
        headers.all(...rows.map((stage) => stage.id), minValue, industryKey);
        for (const stage of rows) cards.all(stage.sla_hours, stage.id, minValue, industryKey, 20);
      },
    );
    return compareFigure('board filtered by a saved segment (industry, value), 20 cards/stage', timing, target);
  } finally {
    await unwrap(backend.dispatch('segments.delete', { id: segment.id }));
  }
};
