import type Database from 'better-sqlite3';
import type { Backend } from '../core/createBackend';
import { compareFigure } from './compareFigure';
import type { BenchFigure } from './formatBenchTable';
import { measurePair } from './measure';
import { ensureBenchField, type Unwrap } from './measureCustomFieldFigures';
import type { RawDb } from './rawBaselines';

/**
 * The board with one card field chosen (issue 16 chips), against the raw board plus the one read
 * of the shown cards' values a hand-written query needs. The choice is undone afterwards so the
 * cached database's other board figures stay as they were.
 */
export const measureBoardChipsFigure = async (
  backend: Backend,
  raw: RawDb & { db: Database.Database },
  pipelineId: string,
  runs: number,
  target: number,
  unwrap: Unwrap,
): Promise<BenchFigure> => {
  const fieldId = await ensureBenchField(backend, unwrap);
  await unwrap(backend.dispatch('pipelines.setCardFields', { id: pipelineId, fieldIds: [fieldId] }));
  try {
    // Each card's value row by its primary key (`record_id:field_id`).
    const values = raw.db.prepare(
      `SELECT record_id, number_value FROM custom_values
       WHERE id IN (SELECT value || ':' || ? FROM json_each(?)) AND deleted_at IS NULL`,
    );
    const timing = await measurePair(
      runs,
      async () => {
        await unwrap(backend.dispatch('deals.board', { pipelineId, limitPerStage: 20 }));
      },
      () => {
        const columns = raw.board(pipelineId, 20);
        const ids = columns.flatMap((column) => column.cards.map((card) => (card as { id: string }).id));
        values.all(fieldId, JSON.stringify(ids));
      },
    );
    return compareFigure('board with 20 cards/stage and a card field chip', timing, target);
  } finally {
    await unwrap(backend.dispatch('pipelines.setCardFields', { id: pipelineId, fieldIds: [] }));
  }
};
