import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKpiKit, type KpiKit } from './kpiTestKit';

/** Berlin leaves summer time on Sunday 25 October 2026 at 03:00 (UTC+2 → UTC+1). */
describe('kpi.report across a DST change in the workspace zone', () => {
  let kit: KpiKit;
  beforeAll(async () => {
    kit = await createKpiKit('Europe/Berlin');
    // Monday 19 October 00:30 CEST (18 Oct 22:30 UTC): the first half hour of W43.
    await kit.deal(Date.UTC(2026, 9, 18, 22, 30), { title: 'Monday', value: 1 });
    // Sunday 25 October 23:30 CET (22:30 UTC), after the change: still W43.
    await kit.deal(Date.UTC(2026, 9, 25, 22, 30), { title: 'Sunday late', value: 1 });
    // Monday 26 October 00:10 CET (25 Oct 23:10 UTC): W44, although in UTC it is still Sunday.
    await kit.deal(Date.UTC(2026, 9, 25, 23, 10), { title: 'Monday after', value: 1 });
    kit.clock.set(Date.UTC(2026, 10, 2));
  });
  afterAll(() => kit.dispose());

  it('puts deals in the local ISO week, DST or not', async () => {
    const w43 = (await kit.report({ period: { kind: 'week', week: '2026-W43' } })).current;
    expect(w43.period.to - w43.period.from).toBe(169 * 3_600_000);
    expect(w43.entered.awareness).toBe(2);
    const w44 = (await kit.report({ period: { kind: 'week', week: '2026-W44' }, compare: false })).current;
    expect(w44.entered.awareness).toBe(1);
    const drill = await kit.client.call('kpi.drillDown', {
      period: { kind: 'week', week: '2026-W43' },
      figure: 'created',
    });
    expect(drill.deals.map((deal) => deal.title).sort()).toEqual(['Monday', 'Sunday late']);
  });
});
