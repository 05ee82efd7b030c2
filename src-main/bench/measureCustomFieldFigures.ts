import type Database from 'better-sqlite3';
import type { Backend } from '../core/createBackend';
import { compareFigure } from './compareFigure';
import type { BenchFigure } from './formatBenchTable';
import { measurePair } from './measure';

export const CUSTOM_FIELD_TARGETS = { page: 30 } as const;

const FIELD_KEY = 'bench_machines';
const MIN = 500;

export type Unwrap = <T>(
  envelope: Promise<{ ok: true; value: unknown } | { ok: false; error: { message: string } }>,
) => Promise<T>;

/**
 * The bench's custom number field, made once per cached database through the app, and its values
 * on nine deals in ten (0–999, spread by rowid so every build has the same ones). The values are
 * bench data written in one statement, not through the change log: only reads are measured here.
 */
export const ensureBenchField = async (backend: Backend, unwrap: Unwrap): Promise<string> => {
  const existing = backend.db.sqlite
    .prepare("SELECT id FROM custom_fields WHERE entity = 'deal' AND key = ? AND deleted_at IS NULL")
    .pluck()
    .get(FIELD_KEY) as string | undefined;
  if (existing) return existing;
  const field = await unwrap<{ id: string }>(
    backend.dispatch('customFields.create', {
      entity: 'deal',
      key: FIELD_KEY,
      nameRu: 'Станков в парке',
      nameEn: 'Machines in the fleet',
      type: 'number',
    }),
  );
  backend.db.sqlite
    .prepare(
      `INSERT INTO custom_values (id, record_id, field_id, number_value, created_at, updated_at)
       SELECT d.id || ':' || ?, d.id, ?, (d.rowid * 7919) % 1000, d.created_at, d.created_at
       FROM deals d WHERE d.rowid % 10 <> 0`,
    )
    .run(field.id, field.id);
  return field.id;
};

/**
 * The same page by hand: the range read off the field's index in order (LIMIT stops the walk),
 * the count by probing each open deal's value row through the primary key (`record_id:field_id`;
 * fewer open deals than values in the range), the page's names and each deal's values (its range
 * of the primary key).
 */
const rawPage = (db: Database.Database) => {
  const rows = db.prepare(
    `SELECT d.* FROM custom_values s INDEXED BY custom_values_number JOIN deals d ON d.id = s.record_id
     WHERE s.field_id = ? AND s.number_value >= ? AND d.deleted_at IS NULL AND d.status = 'open'
     ORDER BY s.number_value DESC, s.record_id DESC LIMIT 50`,
  );
  const count = db
    .prepare(
      `SELECT count(*) FROM deals d INDEXED BY deals_open_created WHERE d.deleted_at IS NULL AND d.status = 'open'
       AND EXISTS (SELECT 1 FROM custom_values v WHERE v.id = d.id || ':' || ? AND v.number_value >= ?)`,
    )
    .pluck();
  const names = db.prepare('SELECT c.name FROM companies c WHERE c.id = ?');
  const values = db.prepare("SELECT * FROM custom_values WHERE id > ? || ':' AND id < ? || ';'");
  return (fieldId: string) => {
    const page = rows.all(fieldId, MIN) as { id: string; company_id: string | null }[];
    for (const deal of page) {
      if (deal.company_id) names.get(deal.company_id);
      values.all(deal.id, deal.id);
    }
    return { page, total: count.get(fieldId, MIN) };
  };
};

/** A deals page filtered and sorted by a custom number field (issue 16), against raw SQL. */
export const measureCustomFieldFigures = async (
  backend: Backend,
  raw: Database.Database,
  runs: number,
  unwrap: Unwrap,
): Promise<BenchFigure[]> => {
  const fieldId = await ensureBenchField(backend, unwrap);
  const input = {
    status: 'open',
    customFilters: [{ fieldId, op: 'range', min: MIN, max: null }],
    sort: { field: `cf:${fieldId}`, dir: 'desc' },
    limit: 50,
  };
  const page = rawPage(raw);
  const timing = await measurePair(
    runs,
    async () => {
      await unwrap(backend.dispatch('deals.list', input));
    },
    () => {
      page(fieldId);
    },
  );
  return [
    compareFigure('deals.list: page of 50, open, custom number ≥ 500, sorted by it', timing, CUSTOM_FIELD_TARGETS.page),
  ];
};
