import type { REF_KINDS } from '@shared/contract/schemas/history';
import type { LogMessage, TransitionRecord } from '@shared/domain/fieldHistory';
import { sql } from 'kysely';
import type { Db } from '../../db/Db';
import { selectAll } from '../../db/sql';

export type RefKind = (typeof REF_KINDS)[number];
export type RefRow = { id: string; name: string | null; default_key: string | null };

const toMessage = (row: {
  hlc: string;
  actor_id: string | null;
  row_id: string;
  col: string;
  value: string | null;
  at: number | null;
}) => ({
  hlc: row.hlc,
  actorId: row.actor_id,
  rowId: row.row_id,
  col: row.col,
  value: row.value,
  at: row.at,
});

/** Every message about the deal row, in HLC order (the change_log_row index). */
export const dealLogMessages = (db: Db, dealId: string): LogMessage[] =>
  selectAll(
    db,
    db.q
      .selectFrom('change_log')
      .select(['hlc', 'actor_id', 'row_id', 'col', 'value', 'at'])
      .where('tbl', '=', 'deals')
      .where('row_id', '=', dealId)
      .orderBy('hlc'),
  ).map(toMessage);

/**
 * Tick messages of the deal's checklist rows. Their ids are `dealId:controlPointId`, so the
 * range [dealId + ':', dealId + ';') covers exactly them (';' follows ':') and stays on the index.
 */
export const checkLogMessages = (db: Db, dealId: string): LogMessage[] =>
  selectAll(
    db,
    db.q
      .selectFrom('change_log')
      .select(['hlc', 'actor_id', 'row_id', 'col', 'value', 'at'])
      .where('tbl', '=', 'deal_checks')
      .where('row_id', '>=', `${dealId}:`)
      .where('row_id', '<', `${dealId};`)
      .where('col', '=', 'checked')
      .orderBy('hlc'),
  ).map(toMessage);

/** The deal's transitions, each with the HLC of its insert to order it within a millisecond. */
export const transitionRecords = (db: Db, dealId: string): TransitionRecord[] =>
  selectAll(
    db,
    db.q
      .selectFrom('stage_transitions as t')
      .selectAll('t')
      .select((eb) =>
        eb
          .selectFrom('change_log as cl')
          .select((e) => e.fn.min<string | null>('cl.hlc').as('hlc'))
          .where('cl.tbl', '=', 'stage_transitions')
          .whereRef('cl.row_id', '=', 't.id')
          .as('hlc'),
      )
      .where('t.deal_id', '=', dealId),
  ).map((row) => ({
    id: row.id,
    hlc: row.hlc,
    at: row.at,
    actorId: row.by_user_id,
    fromStageId: row.from_stage_id,
    toStageId: row.to_stage_id,
    fromStatus: row.from_status,
    toStatus: row.to_status,
  }));

const NO_KEY = sql<string | null>`NULL`.as('default_key');

/** Names of referenced rows, tombstoned ones too (history outlives deletes). */
export const refRows = (db: Db, kind: RefKind, ids: readonly string[]): RefRow[] => {
  if (ids.length === 0) return [];
  switch (kind) {
    case 'user':
      return selectAll(db, db.q.selectFrom('users').select(['id', 'name', NO_KEY]).where('id', 'in', ids));
    case 'company':
      return selectAll(db, db.q.selectFrom('companies').select(['id', 'name', NO_KEY]).where('id', 'in', ids));
    case 'contact':
      return selectAll(db, db.q.selectFrom('contacts').select(['id', 'name', NO_KEY]).where('id', 'in', ids));
    case 'campaign':
      return selectAll(db, db.q.selectFrom('campaigns').select(['id', 'name', NO_KEY]).where('id', 'in', ids));
    case 'stage':
      return selectAll(db, db.q.selectFrom('stages').select(['id', 'name', 'default_key']).where('id', 'in', ids));
    case 'pipeline':
      return selectAll(db, db.q.selectFrom('pipelines').select(['id', 'name', 'default_key']).where('id', 'in', ids));
    case 'leadSource':
      return selectAll(
        db,
        db.q.selectFrom('lead_sources').select(['id', 'name', 'default_key']).where('id', 'in', ids),
      );
    case 'lossReason':
      return selectAll(
        db,
        db.q.selectFrom('loss_reasons').select(['id', 'name', 'default_key']).where('id', 'in', ids),
      );
    case 'controlPoint':
      return selectAll(
        db,
        db.q.selectFrom('control_points').select(['id', 'label as name', 'default_key']).where('id', 'in', ids),
      );
  }
};
