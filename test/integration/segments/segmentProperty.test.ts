import { COMPANY_SIZES } from '@shared/contract/schemas/companies';
import { DEAL_KINDS } from '@shared/contract/schemas/deals';
import type { SegmentRules } from '@shared/contract/schemas/segments';
import { segmentRulesSchema } from '@shared/contract/schemas/segments';
import type { CustomFieldType } from '@shared/domain/customFields/customFieldKinds';
import { companyInSegment, dealInSegment } from '@shared/domain/segments/inSegment';
import type { CustomCell, SegmentCompanyFacts, SegmentDealFacts } from '@shared/domain/segments/segmentFacts';
import { foldText } from '@shared/domain/foldText';
import fc from 'fast-check';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRaw } from '../../../src-main/core/db/sql';
import {
  segmentCompanyCondition,
  segmentDealCondition,
} from '../../../src-main/core/modules/segments/segmentConditions';
import { createDealsKit, type DealsKit, STAGE } from '../core/dealsTestKit';

/**
 * The acceptance property of segments: the rules compiled to SQL select exactly the companies and
 * deals the same rules select in memory (`inSegment`), over a workspace with every kind of value
 * the rules read — names in other cases and with ё, missing companies, customers of each status,
 * custom numbers and options filled or not.
 */
const INDUSTRIES = ['Логистика', 'логистика', 'Ритейл', 'Производство', null];
const REGIONS = ['Москва', 'Пермь', 'Тюмень', 'Ёлки', 'елки', null];
const STATUSES = [null, 'onboarding', 'active', 'churned'] as const;
const FITS = [null, 0, 0.33, 0.5, 1];

let kit: DealsKit;
let numberField = '';
let selectField = '';
let options: string[] = [];
let sources: string[] = [];
const companies = new Map<string, SegmentCompanyFacts>();
const deals = new Map<string, SegmentDealFacts & { companyId: string | null }>();
const types = new Map<string, CustomFieldType>();

/** A small deterministic generator: the workspace is the same on every run. */
const random = (() => {
  let state = 20261205;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
})();
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

beforeAll(async () => {
  kit = await createDealsKit();
  const sqlite = kit.backend.db.sqlite;
  numberField = (
    await kit.client.call('customFields.create', {
      entity: 'deal',
      nameRu: 'Мощность',
      nameEn: 'Power',
      type: 'number',
    })
  ).id;
  const select = await kit.client.call('customFields.create', {
    entity: 'company',
    nameRu: 'Канал',
    nameEn: 'Channel',
    type: 'single_select',
    options: [
      { label: 'Дилер', colour: 'blue' },
      { label: 'Прямой', colour: 'green' },
    ],
  });
  selectField = select.id;
  options = select.options.map((option) => option.id);
  types.set(numberField, 'number').set(selectField, 'single_select');
  sources = (await kit.client.call('leadSources.list', {})).slice(0, 3).map((source) => source.id);
  const now = kit.clock.now();
  const value = sqlite.prepare(
    `INSERT INTO custom_values (id, record_id, field_id, text_value, number_value, text_key, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 0, 0)`,
  );
  for (let index = 0; index < 30; index += 1) {
    const id = uuidv7();
    const facts: SegmentCompanyFacts = {
      industry: pick(INDUSTRIES),
      size: pick([...COMPANY_SIZES, null]),
      region: pick(REGIONS),
      icpFit: pick(FITS),
      customerStatus: pick(STATUSES),
      custom: {},
    };
    sqlite
      .prepare(
        `INSERT INTO companies (id, name, industry, industry_key, size, region, region_key, icp_fit, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        `Компания ${index}`,
        facts.industry,
        facts.industry === null ? null : foldText(facts.industry),
        facts.size,
        facts.region,
        facts.region === null ? null : foldText(facts.region),
        facts.icpFit,
        now,
        now,
      );
    if (facts.customerStatus !== null) {
      sqlite
        .prepare('INSERT INTO customers (id, status, since_at, created_at, updated_at) VALUES (?, ?, 0, 0, 0)')
        .run(id, facts.customerStatus);
    }
    if (random() < 0.6) {
      const option = pick(options);
      value.run(`${id}:${selectField}`, id, selectField, option, null, option);
      (facts.custom as Record<string, CustomCell>)[selectField] = { text: option, number: null, type: 'single_select' };
    }
    companies.set(id, facts);
  }
  const companyIds = [...companies.keys(), null, null];
  for (let index = 0; index < 80; index += 1) {
    const id = uuidv7();
    const facts = {
      companyId: pick(companyIds),
      sourceId: pick([...sources, null]),
      campaignId: null,
      ownerId: pick([kit.anna, kit.boris, null]),
      kind: pick(DEAL_KINDS),
      valueMinor: pick([0, 50_000, 100_000, 250_000]),
      custom: {} as Record<string, CustomCell>,
    };
    sqlite
      .prepare(
        `INSERT INTO deals (id, title, title_key, pipeline_id, stage_id, position, status, value_minor, currency, kind,
           owner_id, company_id, source_id, stage_entered_at, created_at, updated_at)
         SELECT ?, ?, ?, pipeline_id, id, ?, 'open', ?, 'RUB', ?, ?, ?, ?, ?, ?, ? FROM stages WHERE id = ?`,
      )
      .run(
        id,
        `Сделка ${index}`,
        `сделка ${index}`,
        `a${index}`,
        facts.valueMinor,
        facts.kind,
        facts.ownerId,
        facts.companyId,
        facts.sourceId,
        now,
        now,
        now,
        STAGE.newLead,
      );
    if (random() < 0.7) {
      const power = pick([1, 5, 10, 50]);
      value.run(`${id}:${numberField}`, id, numberField, null, power, null);
      facts.custom[numberField] = { text: null, number: power, type: 'number' };
    }
    deals.set(id, facts);
  }
});
afterAll(() => kit.dispose());

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });
const subset = <T>(list: readonly T[], min = 0) => fc.subarray([...list], { minLength: min });

const rulesArbitrary = (): fc.Arbitrary<SegmentRules> =>
  fc
    .record({
      company: fc.record({
        industries: maybe(subset(['Логистика', 'ЛОГИСТИКА', 'Ритейл', 'Пищевая'])),
        sizes: maybe(subset(COMPANY_SIZES)),
        regions: maybe(subset(['Москва', 'Ёлки', 'Пермь'])),
        icpFitMin: maybe(fc.constantFrom(0, 0.3, 0.5, 1)),
        customerStatuses: maybe(subset(['none', 'onboarding', 'active', 'churned'] as const, 1)),
        custom: maybe(
          fc.array(
            fc.oneof(
              fc.record({
                fieldId: fc.constant(selectField),
                op: fc.constant('anyOf' as const),
                ids: subset(options, 1),
              }),
              fc.record({
                fieldId: fc.constant(selectField),
                op: fc.constantFrom('empty' as const, 'filled' as const),
              }),
            ),
            { maxLength: 2 },
          ),
        ),
      }),
      deal: fc.record({
        sourceIds: maybe(fc.constant(sources).chain((list) => subset(list))),
        ownerIds: maybe(fc.constant([kit.anna, kit.boris]).chain((list) => subset(list))),
        kinds: maybe(subset(DEAL_KINDS, 1)),
        valueMinMinor: maybe(fc.constantFrom(0, 50_000, 100_000)),
        valueMaxMinor: maybe(fc.constantFrom(50_000, 250_000)),
        custom: maybe(
          fc.array(
            fc.oneof(
              fc.record({
                fieldId: fc.constant(numberField),
                op: fc.constant('range' as const),
                min: fc.option(fc.constantFrom(1, 5, 10), { nil: null }),
                max: fc.option(fc.constantFrom(5, 50), { nil: null }),
              }),
              fc.record({
                fieldId: fc.constant(numberField),
                op: fc.constantFrom('empty' as const, 'filled' as const),
              }),
            ),
            { maxLength: 2 },
          ),
        ),
      }),
    })
    .map((raw) => segmentRulesSchema.parse(JSON.parse(JSON.stringify(raw))));

const idsBySql = (condition: ReturnType<typeof sql>, table: 'deals' | 'companies'): string[] =>
  selectRaw(
    kit.backend.db,
    sql<{ id: string }>`SELECT id FROM ${sql.table(table)} AS ${sql.raw(table === 'deals' ? 'd' : 'c')}
      WHERE deleted_at IS NULL AND ${condition} ORDER BY id`,
  ).map((row) => row.id);

describe('segment rules', () => {
  it('select the same deals and companies in SQL as in memory', () => {
    fc.assert(
      fc.property(rulesArbitrary(), (rules) => {
        const db = kit.backend.db;
        const dealsInMemory = [...deals]
          .filter(([, deal]) =>
            dealInSegment(rules, deal, deal.companyId ? (companies.get(deal.companyId) ?? null) : null, types),
          )
          .map(([id]) => id)
          .sort();
        expect(idsBySql(segmentDealCondition(db, rules, 'd'), 'deals')).toEqual(dealsInMemory);
        const companiesInMemory = [...companies]
          .filter(([id, company]) =>
            companyInSegment(
              rules,
              company,
              [...deals.values()].filter((deal) => deal.companyId === id),
              types,
            ),
          )
          .map(([id]) => id)
          .sort();
        expect(idsBySql(segmentCompanyCondition(db, rules, 'c'), 'companies')).toEqual(companiesInMemory);
      }),
      { numRuns: Number(process.env['SEGMENT_RUNS'] ?? 300) },
    );
  });
});
