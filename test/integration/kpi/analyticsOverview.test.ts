import type { AnalyticsDrillInput, AnalyticsOverview } from '@shared/contract/schemas/analytics';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKpiKit, type KpiKit, local } from './kpiTestKit';
import { buildWeekFixture } from './kpiWeekFixture';

/**
 * The analytics page's figures on the hand-computed week 2026-W48 of kpiReport.test.ts (the
 * histories are in kpiWeekFixture.ts). Here a lead source «Контекст» owns the campaign
 * «Яндекс Директ» and D1 and D3 came from it; D4 has a task overdue since Thursday.
 */
const msk = local(3);
const W48 = { kind: 'week', week: '2026-W48' } as const;

const hasNaN = (value: unknown): boolean =>
  typeof value === 'number'
    ? !Number.isFinite(value)
    : typeof value === 'object' && value !== null && Object.values(value).some(hasNaN);

describe('analytics.overview and analytics.drill against a hand-computed week', () => {
  let kit: KpiKit;
  let overview: AnalyticsOverview;
  let ids: Record<string, string> = {};
  let source = '';
  const titles = async (input: Omit<AnalyticsDrillInput, 'period'>, period = W48) =>
    (await kit.client.call('analytics.drill', { period, ...input })).deals.map((deal) => deal.title).sort();

  beforeAll(async () => {
    kit = await createKpiKit('Europe/Moscow');
    let campaign = '';
    ({ ids, campaign } = await buildWeekFixture(kit));
    const sql = kit.backend.db.sqlite;
    source = uuidv7();
    sql.prepare("INSERT INTO lead_sources (id, name, created_at, updated_at) VALUES (?, 'Контекст', 0, 0)").run(source);
    sql.prepare('UPDATE campaigns SET source_id = ? WHERE id = ?').run(source, campaign);
    sql.prepare('UPDATE deals SET source_id = ? WHERE id IN (?, ?)').run(source, ids.d1, ids.d3);
    kit.activity({ type: 'task', deal: ids.d4, owner: kit.anna, dueAt: msk(11, 26, 18), createdAt: msk(11, 23, 9) });
    kit.clock.set(msk(12, 3, 10));
    overview = await kit.client.call('analytics.overview', { period: W48 });
  });
  afterAll(() => kit.dispose());

  it('carries the KPI engine’s report for the week and the week before, unchanged', async () => {
    const report = await kit.report({ period: W48 });
    expect(overview.current.report).toEqual(report.current);
    expect(overview.previous.report).toEqual(report.previous);
    expect(overview.previous.report.period.label).toBe('2026-W47');
  });

  it('gives the funnel with the counts behind each conversion and the drop-off', () => {
    // entered 5/3/5/2/2/0 (kpiReport.test.ts); converted = conversion × entered.
    expect(overview.current.funnel).toEqual([
      { step: 'awareness', entered: 5, converted: 3, dropOff: 2, conversion: 3 / 5 },
      { step: 'interest', entered: 3, converted: 3, dropOff: 0, conversion: 1 },
      { step: 'consideration', entered: 5, converted: 2, dropOff: 3, conversion: 2 / 5 },
      { step: 'intent', entered: 2, converted: 2, dropOff: 0, conversion: 1 },
      { step: 'purchase', entered: 2, converted: 0, dropOff: 2, conversion: 0 },
      { step: 'retention', entered: 0, converted: 0, dropOff: null, conversion: null },
    ]);
    for (const row of overview.current.funnel)
      expect(row.conversion).toBe(overview.current.report.conversion[row.step]);
  });

  it('buckets speed to lead over the leads created in the week', () => {
    // D11 1 h (meeting) → ≤ 1 h; D3 1.5 h (the inbound call does not count) and D1 2 h → ≤ 4 h;
    // D5 and D12 untouched.
    expect(overview.current.speedToLead).toEqual([
      { bucket: 'h1', count: 1 },
      { bucket: 'h4', count: 2 },
      { bucket: 'h24', count: 0 },
      { bucket: 'd3', count: 0 },
      { bucket: 'later', count: 0 },
      { bucket: 'none', count: 2 },
    ]);
  });

  it('gives sources with leads, qualified, won and, where cost exists, CPL and cost per qualified lead', () => {
    expect(overview.current.sources).toEqual([
      // No source: D5, D11, D12 created (D11, D12 qualified); D8 won.
      {
        id: null,
        name: null,
        defaultKey: null,
        leads: 3,
        qualified: 2,
        won: 1,
        cost: null,
        cpl: null,
        costPerQualified: null,
      },
      // Контекст: D1 (qualified, won) and D3; its campaign's 770 000 attributed to W48.
      {
        id: source,
        name: 'Контекст',
        defaultKey: null,
        leads: 2,
        qualified: 1,
        won: 1,
        cost: 770_000,
        cpl: 385_000,
        costPerQualified: 770_000,
      },
    ]);
    expect(overview.options.sources.map((row) => row.name)).toContain('Контекст');
    expect(overview.options.campaigns.map((row) => row.name)).toEqual(['Выставка', 'Яндекс Директ']);
  });

  it('gives the weekly conversion trend over the 8 weeks up to the period', () => {
    expect(overview.trend.extended).toBe(true);
    expect(overview.trend.weeks.map((week) => week.week)).toEqual([
      '2026-W41',
      '2026-W42',
      '2026-W43',
      '2026-W44',
      '2026-W45',
      '2026-W46',
      '2026-W47',
      '2026-W48',
    ]);
    const [w41, , , , , w46, w47, w48] = overview.trend.weeks;
    expect(w41?.entered.awareness).toBe(0);
    expect(w41?.conversion.awareness).toBeNull();
    // W46: D9 created and moved on. W47: D2, D4, D8, D10 created, all qualified by the end of W48.
    expect([w46?.entered.awareness, w46?.conversion.awareness]).toEqual([1, 1]);
    expect([w47?.entered.awareness, w47?.conversion.awareness]).toEqual([4, 1]);
    // The last week's cohort is the period's own funnel.
    expect(w48?.entered).toEqual(overview.current.report.entered);
    expect(w48?.conversion).toEqual(overview.current.report.conversion);
  });

  it('narrows every section by owner and by source', async () => {
    const boris = await kit.client.call('analytics.overview', { period: W48, filters: { ownerId: kit.boris } });
    // Boris's deals created in W48: D12 only.
    expect(boris.current.funnel[0]).toEqual({ step: 'awareness', entered: 1, converted: 1, dropOff: 0, conversion: 1 });
    expect(boris.current.report.reps.map((rep) => rep.id)).toEqual([kit.boris]);
    expect(boris.trend.weeks.at(-1)?.entered.awareness).toBe(1);
    const fromSource = await kit.client.call('analytics.overview', { period: W48, filters: { sourceId: source } });
    expect(fromSource.current.funnel[0]?.entered).toBe(2);
    expect(fromSource.current.sources.map((row) => row.id)).toEqual([source]);
    expect(fromSource.current.speedToLead.find((row) => row.bucket === 'h4')?.count).toBe(2);
  });

  it('lists the deals behind each of its own numbers', async () => {
    expect(await titles({ figure: 'dropOff', step: 'consideration' })).toEqual(['D12', 'D2', 'D4']);
    expect(await titles({ figure: 'speedBucket', bucket: 'h4' })).toEqual(['D1', 'D3']);
    expect(await titles({ figure: 'speedBucket', bucket: 'none' })).toEqual(['D12', 'D5']);
    expect(await titles({ figure: 'sourceLeads', sourceId: source })).toEqual(['D1', 'D3']);
    expect(await titles({ figure: 'sourceWon', sourceId: null })).toEqual(['D8']);
    expect(await titles({ figure: 'trendEntered', step: 'awareness', week: '2026-W47' })).toEqual([
      'D10',
      'D2',
      'D4',
      'D8',
    ]);
    expect(await titles({ figure: 'repClosed', ownerId: kit.boris })).toEqual(['D10', 'D8']);
    expect(await titles({ figure: 'repExits', ownerId: kit.boris })).toEqual(['D12', 'D8']);
    // Anna's two calls were on D1 and D3; Boris's demo and presentation both on D10.
    expect(await titles({ figure: 'repActivity', ownerId: kit.anna, activity: 'calls' })).toEqual(['D1', 'D3']);
    expect(await titles({ figure: 'repActivity', ownerId: kit.boris, activity: 'demos' })).toEqual(['D10']);
    expect(await titles({ figure: 'repActivity', ownerId: kit.boris, activity: 'calls' })).toEqual([]);
    // Anna's overdue: the task on D4 (her other one has no deal).
    expect(await titles({ figure: 'repOverdue', ownerId: kit.anna })).toEqual(['D4']);
    // Boris's reviewed demo (D10) and proposal (D8); Anna's reviewed meeting on D11.
    expect(await titles({ figure: 'repReviewed', ownerId: kit.boris })).toEqual(['D10', 'D8']);
    expect(await titles({ figure: 'repReviewed', ownerId: kit.anna })).toEqual(['D11']);
    // The engine's own drill-downs pass through.
    expect(await titles({ figure: 'won' })).toEqual(['D1', 'D8']);
    expect(await titles({ figure: 'repWon', ownerId: kit.anna })).toEqual(['D1']);
  });

  it('gives zeros and nulls for an empty period, never NaN', async () => {
    const empty = await kit.client.call('analytics.overview', { period: { kind: 'month', month: '2025-03' } });
    expect(empty.current.funnel.map((row) => [row.entered, row.conversion])).toEqual(
      Array.from({ length: 6 }, () => [0, null]),
    );
    expect(empty.current.funnel.map((row) => row.dropOff)).toEqual([0, 0, 0, 0, 0, null]);
    expect(empty.current.speedToLead.every((row) => row.count === 0)).toBe(true);
    expect(empty.current.sources).toEqual([]);
    expect(empty.current.report.winRate).toBeNull();
    expect(empty.trend.weeks.every((week) => week.conversion.awareness === null)).toBe(true);
    expect(hasNaN(empty)).toBe(false);
    expect(
      await titles({ figure: 'dropOff', step: 'awareness' }, { kind: 'month', month: '2025-03' } as never),
    ).toEqual([]);
  });

  it('takes months, quarters and custom ranges, each against the one before', async () => {
    const november = await kit.client.call('analytics.overview', { period: { kind: 'month', month: '2026-11' } });
    expect(november.previous.report.period.label).toBe('2026-10');
    // November overlaps W44 (from Mon 26 October) to W49: six weeks, so the trend reaches back to W42.
    expect(november.trend.weeks[0]?.week).toBe('2026-W42');
    expect(november.trend.weeks.at(-1)?.week).toBe('2026-W49');
    expect(november.current.report.won.count).toBe(3); // D9, D8, D1
    const quarter = await kit.client.call('analytics.overview', { period: { kind: 'quarter', quarter: '2026-Q4' } });
    expect(quarter.previous.report.period.label).toBe('2026-Q3');
    // Q4 overlaps W40 (from Mon 28 September) to W53: more than 8 weeks, no extension.
    expect(quarter.trend.extended).toBe(false);
    expect(quarter.trend.weeks.map((week) => week.week).slice(0, 1)).toEqual(['2026-W40']);
    expect(quarter.trend.weeks).toHaveLength(14);
    const custom = await kit.client.call('analytics.overview', {
      period: { kind: 'custom', from: '2026-11-23', to: '2026-11-29' },
    });
    expect(custom.current.funnel).toEqual(overview.current.funnel);
    expect(custom.previous.report.period.label).toBe('2026-11-16..2026-11-22');
  });

  it('refuses a period that does not exist', async () => {
    const envelope = await kit.backend.dispatch('analytics.overview', { period: { kind: 'week', week: '2026-W60' } });
    expect(envelope.ok).toBe(false);
  });
});
