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
 * two conditions to one hand-written read of the pipeline's open deals, takes the headers and the
 * first cards from it in JavaScript, then reads those cards by id. The segment is deleted afterwards.
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
    const stages = raw.db.prepare(
      'SELECT id, probability, sla_hours FROM stages WHERE pipeline_id = ? AND deleted_at IS NULL AND archived_at IS NULL ORDER BY position, id',
    );
    const stageIds = (stages.all(pipelineId) as { id: string }[]).map((stage) => stage.id);
    // The segment's open deals of the pipeline in one read: each stage's open deals off the board's
    // index, their company tested on m0051's folded industry key (the fastest order here: starting
    // from the industry's companies reads every deal they ever had, 29 ms against 5 at 100k).
    const keys = raw.db
      .prepare(
        `SELECT d.id, d.stage_id, d.position, d.currency, d.value_minor
          FROM deals d INDEXED BY deals_board JOIN companies c ON c.id = d.company_id
          WHERE d.stage_id IN (${stageIds.map(() => '?').join(', ')}) AND d.status = 'open' AND d.deleted_at IS NULL
            AND d.value_minor >= ? AND c.deleted_at IS NULL AND c.industry_key = ?`,
      )
      .raw(true);
    const cards = raw.db.prepare(
      CARDS.replace(
        'WHERE d.stage_id = ?',
        'WHERE d.id IN (SELECT value FROM json_each(?)) AND d.stage_id = ?',
      ).replace('LIMIT ?', ''),
    );
    const timing = await measurePair(
      runs,
      async () => {
        await unwrap(backend.dispatch('deals.board', { pipelineId, segmentId: segment.id, limitPerStage: 20 }));
      },
      () => {
        const rows = stages.all(pipelineId) as { id: string; sla_hours: number | null }[];
        // Headers and each column's first 20 (position, id) in JavaScript, then those cards by id.
        const totals = new Map<string, { n: number; sum: number }>();
        const firsts = new Map<string, [string, string][]>();
        for (const [id, stageId, position, currency, value] of keys.all(...stageIds, minValue, industryKey) as [
          string,
          string,
          string,
          string,
          number,
        ][]) {
          const total = totals.get(`${stageId} ${currency}`);
          if (total) {
            total.n += 1;
            total.sum += value;
          } else totals.set(`${stageId} ${currency}`, { n: 1, sum: value });
          const first = firsts.get(stageId) ?? [];
          firsts.set(stageId, first);
          const last = first.at(-1);
          if (first.length === 20 && last && (position > last[0] || (position === last[0] && id > last[1]))) continue;
          first.push([position, id]);
          first.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
          if (first.length > 20) first.pop();
        }
        for (const stage of rows) {
          const ids = firsts.get(stage.id);
          if (ids) cards.all(stage.sla_hours, JSON.stringify(ids.map(([, id]) => id)), stage.id);
        }
      },
    );
    return compareFigure('board filtered by a saved segment (industry, value), 20 cards/stage', timing, target);
  } finally {
    await unwrap(backend.dispatch('segments.delete', { id: segment.id }));
  }
};
