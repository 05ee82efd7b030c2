import type { Segment, SegmentRules } from '@shared/contract/schemas/segments';
import { segmentRulesSchema } from '@shared/contract/schemas/segments';
import { v7 as uuidv7 } from 'uuid';
import type { HandlerContext } from '../../HandlerContext';
import type { Db } from '../../db/Db';
import type { SegmentsTable } from '../../db/schema';
import { prepare, selectRaw } from '../../db/sql';
import { sql } from 'kysely';
import { fieldError } from '../companies/fieldError';
import { notFound } from '../pipelines/notFound';
import { segmentCompanyCondition, segmentDealCondition, segmentFieldTypes } from './segmentConditions';

const findSegmentRow = (db: Db, id: string): SegmentsTable | undefined =>
  prepare(db, 'SELECT * FROM segments WHERE id = ?').get(id) as SegmentsTable | undefined;

/** Live members now: companies, and open deals (what the board shows). */
const membersOf = (db: Db, rules: SegmentRules): Segment['members'] => {
  const [companies] = selectRaw(
    db,
    sql<{
      n: number;
    }>`SELECT count(*) AS n FROM companies c WHERE c.deleted_at IS NULL AND ${segmentCompanyCondition(db, rules, 'c')}`,
  );
  const [deals] = selectRaw(
    db,
    sql<{ n: number }>`SELECT count(*) AS n FROM deals d
      WHERE d.deleted_at IS NULL AND d.status = 'open' AND ${segmentDealCondition(db, rules, 'd')}`,
  );
  return { companies: companies?.n ?? 0, openDeals: deals?.n ?? 0 };
};

const toSegment = (db: Db, row: SegmentsTable, withMembers = true): Segment => {
  const rules = segmentRulesSchema.parse(JSON.parse(row.rules));
  return {
    id: row.id,
    name: row.name,
    rules,
    members: withMembers ? membersOf(db, rules) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

export const listSegments = (ctx: HandlerContext, withMembers: boolean): Segment[] =>
  (
    prepare(
      ctx.db,
      'SELECT * FROM segments WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id',
    ).all() as SegmentsTable[]
  ).map((row) => toSegment(ctx.db, row, withMembers));

/** Names are unique among live segments: pickers show them by name. */
const checkName = (db: Db, name: string, exceptId: string | null, path: string[]): void => {
  const wanted = name.trim().toLocaleLowerCase();
  const rows = prepare(db, 'SELECT id, name FROM segments WHERE deleted_at IS NULL').all() as {
    id: string;
    name: string;
  }[];
  if (rows.some((row) => row.id !== exceptId && row.name.trim().toLocaleLowerCase() === wanted)) {
    throw fieldError(path, 'name_taken', 'A segment with this name already exists');
  }
};

export const createSegment = (ctx: HandlerContext, input: { name: string; rules: SegmentRules }): Segment => {
  const id = uuidv7();
  ctx.write((writer, now) => {
    checkName(ctx.db, input.name, null, ['name']);
    // Refuses custom fields that do not exist before anything is stored.
    segmentFieldTypes(ctx.db, input.rules);
    writer.insert('segments', {
      id,
      name: input.name,
      rules: JSON.stringify(input.rules),
      created_by: ctx.actorId(),
      created_at: now,
      updated_at: now,
      deleted_at: null,
    });
  });
  return toSegment(ctx.db, findSegmentRow(ctx.db, id) as SegmentsTable);
};

export const updateSegment = (
  ctx: HandlerContext,
  id: string,
  patch: { name?: string | undefined; rules?: SegmentRules | undefined },
): Segment => {
  ctx.write((writer) => {
    const current = findSegmentRow(ctx.db, id);
    if (!current || current.deleted_at !== null) throw notFound('segment', id);
    if (patch.name !== undefined) checkName(ctx.db, patch.name, id, ['patch', 'name']);
    if (patch.rules !== undefined) segmentFieldTypes(ctx.db, patch.rules);
    writer.update(
      'segments',
      id,
      {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.rules !== undefined ? { rules: JSON.stringify(patch.rules) } : {}),
      },
      current,
    );
  });
  return toSegment(ctx.db, findSegmentRow(ctx.db, id) as SegmentsTable);
};

export const deleteSegment = (ctx: HandlerContext, id: string): { id: string } => {
  ctx.write((writer, now) => {
    const current = findSegmentRow(ctx.db, id);
    if (!current || current.deleted_at !== null) throw notFound('segment', id);
    writer.update('segments', id, { deleted_at: now }, current);
  });
  return { id };
};
