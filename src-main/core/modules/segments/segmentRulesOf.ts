import { type SegmentRules, segmentRulesSchema } from '@shared/contract/schemas/segments';
import type { Db } from '../../db/Db';
import type { SegmentsTable } from '../../db/schema';
import { prepare } from '../../db/sql';
import { notFound } from '../pipelines/notFound';

/** A live segment's rules, for the filters that take a segment id (board, tables); NOT_FOUND otherwise. */
export const segmentRulesOf = (db: Db, id: string): SegmentRules => {
  const row = prepare(db, 'SELECT rules, deleted_at FROM segments WHERE id = ?').get(id) as
    Pick<SegmentsTable, 'rules' | 'deleted_at'> | undefined;
  if (!row || row.deleted_at !== null) throw notFound('segment', id);
  return segmentRulesSchema.parse(JSON.parse(row.rules));
};
