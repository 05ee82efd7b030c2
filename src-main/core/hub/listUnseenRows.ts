import type pg from 'pg';
import type { Db } from '../db/Db';
import { prepare } from '../db/sql';
import type { UnscopedRow } from './dropUnscopedRows';

/** The tables whose rows belong to someone (the hub's hub.is_scoped), as this device holds them. */
const SCOPED_TABLES = [
  'deals',
  'stage_transitions',
  'deal_checks',
  'activities',
  'nps_responses',
  'companies',
  'contacts',
  'customers',
  'customer_onboarding',
  'custom_values',
] as const;

/**
 * The rows this device holds that the hub knows and this person no longer sees (hub.unseen, h0003),
 * asked table by table in pages of row ids: after a new role or team the full pull brought what
 * is now theirs, and these are what is no longer theirs. Rows the hub never heard of are not
 * named: they are this device's own, not pushed yet or refused.
 */
export const listUnseenRows = async (
  db: Db,
  client: pg.Client,
  options: { pageSize: number; signal?: AbortSignal },
): Promise<UnscopedRow[]> => {
  const unseen: UnscopedRow[] = [];
  for (const table of SCOPED_TABLES) {
    let after = '';
    for (;;) {
      options.signal?.throwIfAborted();
      const ids = prepare(db, `SELECT id FROM "${table}" WHERE id > ? ORDER BY id LIMIT ?`)
        .pluck()
        .all(after, options.pageSize) as string[];
      if (ids.length === 0) break;
      const { rows } = await client.query<{ row_id: string }>('SELECT row_id FROM hub.unseen($1, $2)', [table, ids]);
      for (const row of rows) unseen.push({ tbl: table, row_id: row.row_id });
      after = ids.at(-1)!;
    }
  }
  return unseen;
};
