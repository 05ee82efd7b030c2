import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiReport } from '@shared/contract/schemas/kpi';
import { createKpiKit, type KpiKit, local, reasonOf } from './kpiTestKit';
import { buildWeekFixture } from './kpiWeekFixture';

/**
 * Hand-computed week 2026-W48 (Mon 23 – Sun 29 November, Moscow, UTC+3). Every expected number
 * below is worked out in the comments from the histories written here.
 */
const msk = local(3);
const W48 = { kind: 'week', week: '2026-W48' } as const;

describe('kpi.report: every §6 figure against a hand-computed week', () => {
  let kit: KpiKit;
  let report: KpiReport;
  let previous: KpiReport | null;
  let ids: Record<string, string> = {};
  let campaign = '';

  beforeAll(async () => {
    kit = await createKpiKit('Europe/Moscow');
    ({ ids, campaign } = await buildWeekFixture(kit));
    kit.clock.set(msk(12, 3, 10));
    const result = await kit.report({ period: W48 });
    report = result.current;
    previous = result.previous;
  });
  afterAll(() => kit.dispose());

  it('covers the week in the workspace zone and stands as of its end', () => {
    expect(report.period).toEqual({
      from: msk(11, 23, 0),
      to: msk(11, 30, 0),
      asOf: msk(11, 30, 0) - 1,
      label: '2026-W48',
      timeZone: 'Europe/Moscow',
    });
    expect(report.currency).toBe('RUB');
  });

  it('counts entries per step: skips count, regressions do not re-enter, deleted deals and W49 do not count', () => {
    // awareness D1 D3 D5 D11 D12; interest D1 (skip) D11 D12; consideration D1 D2 D4 D11 D12;
    // intent D1 D11; purchase D11 and D1 (won from negotiation); retention none.
    expect(report.entered).toEqual({
      awareness: 5,
      interest: 3,
      consideration: 5,
      intent: 2,
      purchase: 2,
      retention: 0,
    });
  });

  it('computes cohort conversion, with null where there is no next step', () => {
    expect(report.conversion).toEqual({
      awareness: 3 / 5,
      interest: 1,
      consideration: 2 / 5,
      intent: 1,
      purchase: 0,
      retention: null,
    });
    expect(report.leadToQualified).toBe(3 / 5);
  });

  it('computes closings: win rate, won, lost, revenue, average deal, sales cycle', () => {
    // Won D1 (100 000) and D8 (400 000); lost D2, D3, D10, D11; D4 was reopened: not closed.
    expect(report.winRate).toBe(2 / 6);
    expect(report.won).toEqual({ count: 2, value: 500_000 });
    expect(report.lost).toEqual({ count: 4, value: 390_000 });
    expect(report.revenue).toBe(500_000);
    expect(report.avgDealSize).toBe(250_000);
    // D1 3 d 2 h = 3.0833, D8 11 d: median = mean = 7.0417.
    expect(report.salesCycleDays).toEqual({ median: 7.04, mean: 7.04 });
  });

  it('computes time in stage over exits in the week, with open ages and rot', () => {
    const days = report.timeInStageDays;
    // new_lead: D1 1, D3 0.25, D11 1/24.
    expect(days.new_lead).toEqual({ median: 0.25, n: 3, open: 1, openMedianDays: 0.02, rotting: 0 });
    // qualification: D11 1/24, D4 4/24 (from the reopening), D12 23/24, D2 2.9583 (after the
    // regression), D2 4.0417.
    expect(days.qualification).toEqual({ median: 0.96, n: 5, open: 0, openMedianDays: null, rotting: 0 });
    // proposal: D1 1, D2 1, D11 1/24; open D4 (4.4167) and D12 (4.6250).
    expect(days.proposal).toEqual({ median: 1, n: 3, open: 2, openMedianDays: 4.52, rotting: 0 });
    expect(days.negotiation).toEqual({ median: 1.08, n: 3, open: 0, openMedianDays: null, rotting: 0 });
    expect(days.contract).toEqual({ median: 6, n: 2, open: 0, openMedianDays: null, rotting: 0 });
    expect(days.customer).toEqual({ median: null, n: 0, open: 0, openMedianDays: null, rotting: 0 });
    expect(report.stages.map((stage) => stage.key)).toEqual([
      'new_lead',
      'qualification',
      'proposal',
      'negotiation',
      'contract',
      'customer',
    ]);
  });

  it('computes speed to lead: median over touched leads, SLA share over all leads', () => {
    // D1 2 h, D3 1.5 h, D11 1 h; D5 and D12 untouched. SLA: new_lead 4 h (D1 D3 D11 in, D5 out),
    // qualification 24 h (D12 out): 3 / 5.
    expect(report.speedToLeadHours).toEqual({ median: 1.5, withinSla: 3 / 5, n: 3 });
  });

  it('computes campaigns: attributed cost, CPL, cost per qualified, CAC', () => {
    expect(report.campaigns).toEqual([
      {
        id: campaign,
        name: 'Яндекс Директ',
        cost: 770_000,
        leads: 3,
        cpl: 256_667,
        qualified: 1,
        costPerQualified: 770_000,
        won: 1,
        cac: 770_000,
      },
    ]);
  });

  it('computes each rep’s line', () => {
    expect(report.reps).toEqual([
      // Boris: demo + presentation, a proposal (the deleted call and the W47 call do not count);
      // won D8, lost D10; one task overdue at the as-of time (done only on Monday); exits D8
      // contract (ticked) and D12 qualification (merged, unticked). Reviews: demo 4, presentation 1
      // (given after the week) and proposal 5.
      {
        id: kit.boris,
        name: 'Борис Иванов',
        calls: 0,
        meetings: 0,
        emails: 0,
        demos: 2,
        proposals: 1,
        won: 1,
        revenue: 400_000,
        winRate: 0.5,
        overdueTasks: 1,
        compliance: 0.5,
        reviewAverage: 3.3,
        reviews: 3,
      },
      {
        id: kit.anna,
        name: 'Анна Петрова',
        calls: 2,
        meetings: 1,
        emails: 1,
        demos: 0,
        proposals: 0,
        won: 1,
        revenue: 100_000,
        winRate: 0.25,
        overdueTasks: 1,
        compliance: 1,
        reviewAverage: 3,
        reviews: 1,
      },
    ]);
  });

  it('computes loss reasons by stage lost at', () => {
    expect(report.lossReasons.map((row) => [row.defaultKey, row.count, row.value, row.byStage])).toEqual([
      ['price', 1, 200_000, [{ stageKey: 'qualification', count: 1, value: 200_000 }]],
      ['no_decision', 1, 80_000, [{ stageKey: 'contract', count: 1, value: 80_000 }]],
      ['competitor', 1, 60_000, [{ stageKey: 'negotiation', count: 1, value: 60_000 }]],
      ['no_response', 1, 50_000, [{ stageKey: 'new_lead', count: 1, value: 50_000 }]],
    ]);
    expect(report.lossReasons[0]?.id).toBe(reasonOf('price'));
  });

  it('computes the weighted forecast by expected close month in the zone, in integers', () => {
    expect(report.forecast).toEqual([
      { month: '2026-12', weighted: 105_000, value: 300_000, count: 1 },
      { month: '2027-01', weighted: 31_500, value: 90_000, count: 1 },
      { month: null, weighted: 3_500, value: 70_000, count: 1 },
    ]);
  });

  it('computes churn, LTV, NPS, repeat sales and compliance', () => {
    expect(report.churnRate).toBe(1 / 3);
    // Wins so far with a company: D9 150 000 + D8 400 000 (C1), D1 100 000 (C2) → 650 000 / 2.
    expect(report.ltv).toBe(325_000);
    expect(report.nps).toEqual({ score: 40, responses: 5 });
    expect(report.repeatSales).toEqual({ count: 1, value: 400_000 });
    // Gated exits: D1 proposal, D1 negotiation (won), D2 qualification, D4 qualification, D8
    // contract (won), D11 qualification, proposal, negotiation: ticked; D12 qualification: not.
    expect(report.compliance).toBe(8 / 9);
    expect(report.complianceByStage.qualification).toEqual({ exits: 4, compliant: 3, rate: 3 / 4 });
  });

  it('also computes the previous week under the same rules', () => {
    expect(previous?.period.label).toBe('2026-W47');
    expect(previous?.won).toEqual({ count: 1, value: 150_000 });
    // D4 was lost in W47 and reopened only in W48: as of the end of W47 it is lost.
    expect(previous?.lost).toEqual({ count: 1, value: 300_000 });
  });

  it('lists the deals behind a figure', async () => {
    const won = await kit.client.call('kpi.drillDown', { period: W48, figure: 'won' });
    expect(won.deals.map((deal) => deal.title)).toEqual(['D8', 'D1']);
    const entered = await kit.client.call('kpi.drillDown', { period: W48, figure: 'entered', step: 'interest' });
    expect(entered.deals.map((deal) => deal.title).sort()).toEqual(['D1', 'D11', 'D12']);
    const failing = await kit.client.call('kpi.drillDown', { period: W48, figure: 'nonCompliantExits' });
    expect(failing).toEqual({
      total: 1,
      deals: [expect.objectContaining({ title: 'D12', stageKey: 'qualification' })],
    });
    const forecast = await kit.client.call('kpi.drillDown', { period: W48, figure: 'forecast', month: '2027-01' });
    expect(forecast.deals.map((deal) => deal.title)).toEqual(['D12']);
    const price = await kit.client.call('kpi.drillDown', {
      period: W48,
      figure: 'lossReason',
      reasonId: reasonOf('price'),
    });
    expect(price.deals.map((deal) => [deal.title, deal.stageKey])).toEqual([['D2', 'qualification']]);
  });

  it('filters by owner, segment and campaign', async () => {
    const boris = (await kit.report({ period: W48, filters: { ownerId: kit.boris }, compare: false })).current;
    expect(boris.won).toEqual({ count: 1, value: 400_000 });
    expect(boris.lost).toEqual({ count: 1, value: 60_000 });
    expect(boris.reps.map((rep) => rep.id)).toEqual([kit.boris]);
    const enterprise = (await kit.report({ period: W48, filters: { segment: 'enterprise' }, compare: false })).current;
    expect(enterprise.won).toEqual({ count: 1, value: 400_000 });
    expect(enterprise.nps.responses).toBe(5);
    expect(enterprise.churnRate).toBe(0);
    const fromCampaign = (await kit.report({ period: W48, filters: { campaignId: campaign }, compare: false })).current;
    expect(fromCampaign.entered.awareness).toBe(3);
    expect(fromCampaign.won.count).toBe(1);
  });

  it('filters by a saved segment: its deals and their activities, and its companies for churn and NPS', async () => {
    // Boris's deals: D8, D9 and D10, the first two of C1, so C1 is the segment's one company.
    const borisDeals = await kit.client.call('segments.create', {
      name: 'Сделки Бориса',
      rules: { deal: { ownerIds: [kit.boris] } },
    });
    const bySegment = (await kit.report({ period: W48, filters: { segmentId: borisDeals.id }, compare: false }))
      .current;
    const byOwner = (await kit.report({ period: W48, filters: { ownerId: kit.boris }, compare: false })).current;
    expect(bySegment.won).toEqual({ count: 1, value: 400_000 });
    expect(bySegment.lost).toEqual({ count: 1, value: 60_000 });
    expect(bySegment.entered).toEqual(byOwner.entered);
    expect(bySegment.reps.map((rep) => rep.id)).toEqual([kit.boris]);
    // C1's five answers of the week; C1 was a customer at the start and did not churn.
    expect(bySegment.nps.responses).toBe(5);
    expect(bySegment.churnRate).toBe(0);
    // D1 (Anna's, won in W48) edited after the week is read rewound, outside the SQL prefilter:
    // the segment still leaves it out.
    kit.clock.set(msk(12, 3, 11));
    await kit.client.call('deals.update', { id: ids.d1 ?? '', patch: { notes: 'после недели' } });
    const afterEdit = (await kit.report({ period: W48, filters: { segmentId: borisDeals.id }, compare: false }))
      .current;
    expect(afterEdit.won).toEqual({ count: 1, value: 400_000 });

    // Churned customers: C3 (active at the start, churned inside W48) and C5 (churned the week before).
    const churned = await kit.client.call('segments.create', {
      name: 'Ушедшие',
      rules: { company: { customerStatuses: ['churned'] } },
    });
    const lost = (await kit.report({ period: W48, filters: { segmentId: churned.id }, compare: false })).current;
    expect(lost.churnRate).toBe(1);
    expect(lost.nps.responses).toBe(0);
    expect(lost.won).toEqual({ count: 0, value: 0 });

    await kit.client.call('segments.delete', { id: churned.id });
    await expect(kit.report({ period: W48, filters: { segmentId: churned.id }, compare: false })).rejects.toThrow(
      /segment not found/,
    );
    await kit.client.call('segments.delete', { id: borisDeals.id });
  });

  it('filters by a team: its users’ deals (owner as of then) and activities, the team as it is now', async () => {
    kit.clock.set(msk(12, 3, 12));
    const boss = await kit.client.call('users.create', { name: 'Ольга', role: 'manager' });
    const south = await kit.client.call('teams.create', { name: 'Юг', leadId: boss.id });
    await kit.client.call('users.update', { id: kit.boris, patch: { teamId: south.id } });
    const byTeam = (await kit.report({ period: W48, filters: { teamId: south.id }, compare: false })).current;
    const byOwner = (await kit.report({ period: W48, filters: { ownerId: kit.boris }, compare: false })).current;
    expect(byTeam.won).toEqual({ count: 1, value: 400_000 });
    expect(byTeam.lost).toEqual({ count: 1, value: 60_000 });
    expect(byTeam.entered).toEqual(byOwner.entered);
    expect(byTeam.reps).toEqual(byOwner.reps);
    expect(byTeam.reps.map((rep) => rep.id)).toEqual([kit.boris]);

    // D1 (Anna's, won in W48) handed to Boris after the week: it was Anna's then, so still out.
    await kit.client.call('deals.update', { id: ids.d1 ?? '', patch: { ownerId: kit.boris } });
    const afterHandOver = (await kit.report({ period: W48, filters: { teamId: south.id }, compare: false })).current;
    expect(afterHandOver.won).toEqual({ count: 1, value: 400_000 });
    await kit.client.call('deals.update', { id: ids.d1 ?? '', patch: { ownerId: kit.anna } });

    // Anna joins: the whole team is everyone who owns the week's deals, so it reads as unfiltered.
    await kit.client.call('users.update', { id: kit.anna, patch: { teamId: south.id } });
    const both = (await kit.report({ period: W48, filters: { teamId: south.id }, compare: false })).current;
    const all = (await kit.report({ period: W48, compare: false })).current;
    expect(both.won).toEqual(all.won);
    expect(both.entered).toEqual(all.entered);
    expect(both.reps).toEqual(all.reps);

    // A deleted team has nobody: nothing counts.
    await kit.client.call('teams.delete', { id: south.id });
    const gone = (await kit.report({ period: W48, filters: { teamId: south.id }, compare: false })).current;
    expect(gone.won).toEqual({ count: 0, value: 0 });
    expect(gone.reps).toEqual([]);
  });

  it('regenerates byte-identically, and later changes do not alter a past report', async () => {
    const before = JSON.stringify(await kit.report({ period: W48 }));
    expect(JSON.stringify(await kit.report({ period: W48 }))).toBe(before);
    // In W49: D4 moves on and changes value, D8's value changes and it is reopened, D1 is
    // deleted, D5 is lost. None of it may touch W48 (or W47) as reported.
    await kit.move(ids.d4 ?? '', 'negotiation', msk(12, 1, 10));
    kit.clock.set(msk(12, 1, 11));
    await kit.client.call('deals.update', { id: ids.d4 ?? '', patch: { valueMinor: 1 } });
    await kit.client.call('deals.update', { id: ids.d8 ?? '', patch: { valueMinor: 2 } });
    await kit.reopen(ids.d8 ?? '', msk(12, 1, 12));
    await kit.remove(ids.d1 ?? '', msk(12, 1, 13));
    await kit.lose(ids.d5 ?? '', 'timing', msk(12, 1, 14));
    kit.clock.set(msk(12, 2, 10));
    expect(JSON.stringify(await kit.report({ period: W48 }))).toBe(before);
    // Messages from before the log kept wall times (m0005) are dated by their HLC: the same rewind.
    const withoutWallTimes = kit.backend.db.sqlite.prepare('UPDATE change_msgs SET at = NULL WHERE tbl = 18').run();
    expect(withoutWallTimes.changes).toBeGreaterThan(0);
    expect(JSON.stringify(await kit.report({ period: W48 }))).toBe(before);
  });

  it('honours an explicit as-of inside the week', async () => {
    // Wednesday 25 November 12:00: D7 not yet deleted, D1 not yet won, D5 not yet created.
    const midweek = (await kit.report({ period: W48, asOf: msk(11, 25, 12), compare: false })).current;
    expect(midweek.period.asOf).toBe(msk(11, 25, 12));
    expect(midweek.entered.awareness).toBe(5); // D1 D3 D7 D11 D12
    expect(midweek.won.count).toBe(0);
    expect(midweek.lost.count).toBe(2); // D3, D10
  });

  it('gives null, not NaN, for a week with no data', async () => {
    const empty = (await kit.report({ period: { kind: 'week', week: '2025-W10' }, compare: false })).current;
    expect(empty.entered.awareness).toBe(0);
    expect([empty.winRate, empty.avgDealSize, empty.salesCycleDays.median, empty.leadToQualified]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect([
      empty.speedToLeadHours.median,
      empty.speedToLeadHours.withinSla,
      empty.churnRate,
      empty.nps.score,
      empty.compliance,
    ]).toEqual([null, null, null, null, null]);
    expect(JSON.stringify(empty)).not.toMatch(/NaN|Infinity/);
  });

  it('refuses a week that does not exist with a translated reason', async () => {
    const envelope = await kit.backend.dispatch('kpi.report', { period: { kind: 'week', week: '2025-W53' } });
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('BAD_INPUT');
      expect(JSON.stringify(envelope.error.issues)).toContain('period_invalid');
    }
  });
});
