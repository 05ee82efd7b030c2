import type { CustomFilter } from '@shared/contract/schemas/customFields';
import type { CustomFieldType } from '@shared/domain/customFields/customFieldKinds';
import fc from 'fast-check';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRaw } from '../../../src-main/core/db/sql';
import {
  customFilterCondition,
  customFilterProbe,
  PROBE_ABOVE_VALUES,
} from '../../../src-main/core/modules/customFields/customFilterCondition';
import { customValuesOf } from '../../../src-main/core/modules/customFields/customFields.repo';
import { createDealsKit, type DealsKit, insertDealsFast, STAGE } from './dealsTestKit';

/**
 * Issue 16: a custom filter is applied either as an IN list of the matching values or, when they
 * are many, as a probe of each deal's value row by primary key. Both forms must select the same
 * deals for every kind of filter, and a deals page past the threshold must still count and order
 * exactly.
 */
let kit: DealsKit;
const fields: Record<'number' | 'text' | 'select' | 'checkbox', string> = {
  number: '',
  text: '',
  select: '',
  checkbox: '',
};
let options: string[] = [];
let dealIds: string[] = [];

beforeAll(async () => {
  kit = await createDealsKit();
  const make = async (type: 'number' | 'text' | 'checkbox') =>
    (await kit.client.call('customFields.create', { entity: 'deal', nameRu: type, nameEn: type, type })).id;
  fields.number = await make('number');
  fields.text = await make('text');
  fields.checkbox = await make('checkbox');
  const select = await kit.client.call('customFields.create', {
    entity: 'deal',
    nameRu: 'Канал',
    nameEn: 'Channel',
    type: 'single_select',
    options: [
      { label: 'Дилер', colour: 'blue' },
      { label: 'Прямой', colour: 'green' },
    ],
  });
  fields.select = select.id;
  options = select.options.map((option) => option.id);
  dealIds = insertDealsFast(
    kit,
    Array.from({ length: 60 }, (_, index) => ({ stageId: STAGE.newLead, valueMinor: index, ownerId: null })),
  );
});
afterAll(() => kit.dispose());

const TYPES: Record<keyof typeof fields, CustomFieldType> = {
  number: 'number',
  text: 'text',
  select: 'single_select',
  checkbox: 'checkbox',
};

type DealValues = { number: number | null; text: string | null; select: number | null; checkbox: number | null };

/** Each deal's values: a number, a text, an option, a tick, or none of them. */
const valuesArb: fc.Arbitrary<DealValues[]> = fc.array(
  fc.record({
    number: fc.option(fc.constantFrom(-1, 0, 5, 12.5, 500), { nil: null }),
    text: fc.option(fc.constantFrom('Станок ЧПУ', 'пресс', 'ЧПУ-5'), { nil: null }),
    select: fc.option(fc.nat({ max: 1 }), { nil: null }),
    checkbox: fc.option(fc.constantFrom(0, 1), { nil: null }),
  }),
  { minLength: 60, maxLength: 60 },
);

type FilterPick = [keyof typeof fields, (fieldId: string) => CustomFilter];
const pickFilter = (key: keyof typeof fields, make: (fieldId: string) => CustomFilter): FilterPick => [key, make];

const filterArb: fc.Arbitrary<FilterPick> = fc.oneof(
  fc
    .tuple(fc.option(fc.constantFrom(0, 5), { nil: null }), fc.option(fc.constantFrom(5, 100), { nil: null }))
    .map(([min, max]) => pickFilter('number', (fieldId) => ({ fieldId, op: 'range', min, max }))),
  fc
    .tuple(
      fc.constantFrom<keyof typeof fields>('number', 'text', 'select', 'checkbox'),
      fc.constantFrom<'filled' | 'empty'>('filled', 'empty'),
    )
    .map(([key, op]) => pickFilter(key, (fieldId) => ({ fieldId, op }))),
  fc.constantFrom('чпу', 'пресс').map((text) => pickFilter('text', (fieldId) => ({ fieldId, op: 'contains', text }))),
  fc
    .nat({ max: 1 })
    .map((index) => pickFilter('select', (fieldId) => ({ fieldId, op: 'anyOf', ids: [options[index] ?? ''] }))),
  fc.boolean().map((value) => pickFilter('checkbox', (fieldId) => ({ fieldId, op: 'checked', value }))),
);

const writeValues = (values: readonly DealValues[]) => {
  const sqlite = kit.backend.db.sqlite;
  sqlite.exec('DELETE FROM custom_values');
  const insert = sqlite.prepare(
    `INSERT INTO custom_values (id, record_id, field_id, text_value, number_value, text_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 0, 0)`,
  );
  values.forEach((row, index) => {
    const id = dealIds[index] ?? '';
    const put = (field: string, text: string | null, number: number | null) =>
      insert.run(`${id}:${field}`, id, field, text, number, text === null ? null : text.toLowerCase());
    if (row.number !== null) put(fields.number, null, row.number);
    if (row.text !== null) put(fields.text, row.text, null);
    if (row.select !== null) put(fields.select, options[row.select] ?? null, null);
    if (row.checkbox !== null) put(fields.checkbox, null, row.checkbox);
  });
};

const dealsWhere = (condition: RawBuilder<SqlBool>): string[] =>
  selectRaw<{ id: string }>(kit.backend.db, sql`SELECT d.id FROM deals d WHERE ${condition} ORDER BY d.id`).map(
    (row) => row.id,
  );

describe('the two forms of a custom filter', () => {
  it('select the same deals for every kind of filter', () => {
    let selected = 0;
    fc.assert(
      fc.property(valuesArb, filterArb, (values, [key, make]) => {
        writeValues(values);
        const filter = make(fields[key]);
        const asList = dealsWhere(customFilterCondition('d.id', TYPES[key], filter));
        expect(dealsWhere(customFilterProbe('d.id', TYPES[key], filter))).toEqual(asList);
        selected += asList.length;
      }),
      { numRuns: 80, seed: 16 },
    );
    expect(selected).toBeGreaterThan(500);
  });

  it('count and order a deals page exactly past the threshold, ties broken by id', async () => {
    const sqlite = kit.backend.db.sqlite;
    sqlite.exec('DELETE FROM custom_values');
    const many = insertDealsFast(
      kit,
      Array.from({ length: PROBE_ABOVE_VALUES * 2 }, (_, index) => ({
        stageId: STAGE.proposal,
        valueMinor: index,
        ownerId: null,
      })),
    );
    // Every fifth deal lost: the count must leave them out, as the page does.
    const lost = new Set(many.filter((_, index) => index % 5 === 0));
    sqlite
      .prepare(`UPDATE deals SET status = 'lost', lost_at = 1 WHERE id IN (SELECT value FROM json_each(?))`)
      .run(JSON.stringify([...lost]));
    const insert = sqlite.prepare(
      `INSERT INTO custom_values (id, record_id, field_id, number_value, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)`,
    );
    // Few distinct numbers: long runs of ties.
    const numberOf = new Map(many.map((id, index) => [id, (index * 7) % 13]));
    for (const [id, number] of numberOf) insert.run(`${id}:${fields.number}`, id, fields.number, number);

    const page = await kit.client.call('deals.list', {
      status: 'open',
      customFilters: [{ fieldId: fields.number, op: 'range', min: 3, max: null }],
      sort: { field: `cf:${fields.number}`, dir: 'desc' },
      limit: 50,
    });
    const expected = many
      .filter((id) => !lost.has(id) && (numberOf.get(id) ?? 0) >= 3)
      .sort((a, b) => (numberOf.get(b) ?? 0) - (numberOf.get(a) ?? 0) || (a < b ? 1 : -1));
    // More matching values than the threshold: the count probes each open deal's row.
    expect(many.filter((id) => (numberOf.get(id) ?? 0) >= 3).length).toBeGreaterThan(PROBE_ABOVE_VALUES);
    expect(page.total).toBe(expected.length);
    expect(page.rows.map((row) => row.id)).toEqual(expected.slice(0, 50));
  });
});

describe('a page of records’ values', () => {
  it('reads each record’s own values through the primary key, never a record whose id it prefixes', () => {
    const sqlite = kit.backend.db.sqlite;
    sqlite.exec('DELETE FROM custom_values');
    const insert = sqlite.prepare(
      `INSERT INTO custom_values (id, record_id, field_id, number_value, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)`,
    );
    // 'r1:x' starts with 'r1:', so its rows fall inside r1's range of the key.
    for (const [record, number] of [
      ['r1', 1],
      ['r1:x', 2],
      ['r10', 3],
      ['r', 4],
    ] as const) {
      insert.run(`${record}:${fields.number}`, record, fields.number, number);
    }
    insert.run(`r1:${fields.checkbox}`, 'r1', fields.checkbox, 1);
    const values = customValuesOf(kit.backend.db, ['r1', 'r10', 'r1']);
    expect(Object.fromEntries(values)).toEqual({
      r1: { [fields.number]: 1, [fields.checkbox]: true },
      r10: { [fields.number]: 3 },
    });
    expect(customValuesOf(kit.backend.db, ['r1:x', 'r'], [fields.number]).get('r1:x')).toEqual({ [fields.number]: 2 });
  });
});
