import { afterEach, describe, expect, it } from 'vitest';
import { warmOpeningReports } from '../../../src-main/core/reports/warmOpeningReports';
import { createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';
import { createKpiKit, type KpiKit, local } from './kpiTestKit';
import { buildWeekFixture } from './kpiWeekFixture';

const msk = local(3);
const W48 = { kind: 'week', week: '2026-W48' } as const;
/** Thursday of W49: the Reports page opens on W48. */
const THURSDAY_W49 = msk(12, 3, 10);

type Kept = { key: string; stored_at: number };
const keptRows = (db: KpiKit['backend']['db']): Kept[] =>
  db.sqlite.prepare('SELECT key, stored_at FROM kpi_period_reports ORDER BY key').all() as Kept[];

/** Each kept row's part (drill-downs' list cut off) and period label, sorted. */
const scopesOf = (rows: readonly Kept[]): string[] =>
  rows
    .map((row) => {
      const [, part, , , , label] = JSON.parse(row.key) as [number, string, number, number, number, string];
      return `${part.split(':')[0]} ${label}`;
    })
    .sort();

const disposables: { dispose(): void }[] = [];
afterEach(() => {
  for (const item of disposables.splice(0)) item.dispose();
});

describe('what the report pages open on, warmed before they ask for it', () => {
  it('keeps the report the page opens on, which the page then reads without computing it', async () => {
    const kit = await createKpiKit('Europe/Moscow');
    disposables.push(kit);
    await buildWeekFixture(kit);
    kit.clock.set(THURSDAY_W49);
    expect(keptRows(kit.backend.db)).toEqual([]);

    warmOpeningReports(kit.backend.db, kit.clock.now());
    const warmed = keptRows(kit.backend.db);
    // W48 with its top deals and largest losses, W47 (its comparison) under the figures' own key,
    // and November's figures, which the Analytics page shows beside the running December.
    expect(scopesOf(warmed)).toEqual(['overview-period 2026-11', 'report 2026-W47', 'report+drills 2026-W48']);

    // A write this week reaches no kept week, but the in-memory load is behind it: the page's
    // preview now reads the kept report (it computed afresh, it would keep it again, later).
    kit.clock.set(THURSDAY_W49 + 60_000);
    await kit.deal(THURSDAY_W49 + 60_000, { title: 'This week' });
    const preview = await kit.client.call('reports.preview', { period: W48, filters: {}, language: 'ru' });
    expect(keptRows(kit.backend.db)).toEqual(warmed);

    // And what it read is what the week holds: the same figures computed with nothing kept.
    kit.backend.db.sqlite.exec('DELETE FROM kpi_period_reports');
    kit.clock.set(THURSDAY_W49 + 120_000);
    await kit.deal(THURSDAY_W49 + 120_000, { title: 'Another this week' });
    const fresh = await kit.client.call('reports.preview', { period: W48, filters: {}, language: 'ru' });
    expect(preview).toEqual(fresh);
    expect(preview.result.current.won.count).toBeGreaterThan(0);
  });

  it("keeps last month's figures, which the Analytics page's running month reads beside its own", async () => {
    const kit = await createKpiKit('Europe/Moscow');
    disposables.push(kit);
    await buildWeekFixture(kit);
    kit.clock.set(THURSDAY_W49);
    warmOpeningReports(kit.backend.db, kit.clock.now());
    const december = { period: { kind: 'month', month: '2026-12' }, filters: {} } as const;
    const overview = await kit.client.call('analytics.overview', december);
    // The running month is never kept; November's figures were read as kept, not computed again.
    expect(scopesOf(keptRows(kit.backend.db))).toEqual([
      'overview-period 2026-11',
      'report 2026-W47',
      'report+drills 2026-W48',
    ]);
    const sql = kit.backend.db.sqlite;
    sql.exec(
      `UPDATE kpi_period_reports SET report = json_set(report, '$.report.won.count', 999) WHERE key LIKE '%overview-period%'`,
    );
    expect((await kit.client.call('analytics.overview', december)).previous.report.won.count).toBe(999);
    // What was kept is what the overview computes with nothing kept.
    sql.exec('DELETE FROM kpi_period_reports');
    expect(await kit.client.call('analytics.overview', december)).toEqual(overview);
    expect(overview.previous.report.won.count).toBeGreaterThan(0);
  });

  it('is warmed again, with the new figures, after a write that reached the week', async () => {
    const kit = await createKpiKit('Europe/Moscow');
    disposables.push(kit);
    const { ids } = await buildWeekFixture(kit);
    kit.clock.set(THURSDAY_W49);
    warmOpeningReports(kit.backend.db, kit.clock.now());
    const before = await kit.client.call('reports.preview', { period: W48, filters: {}, language: 'en' });
    // D8's win arrives by a merge as made on Saturday of W47, not on Friday of W48.
    kit.backend.db.sqlite
      .prepare("UPDATE stage_transitions SET at = ? WHERE deal_id = ? AND to_status = 'won'")
      .run(msk(11, 21, 10), ids.d8 ?? '');
    expect(keptRows(kit.backend.db).filter((row) => row.key.includes('"2026-W48"'))).toEqual([]);

    warmOpeningReports(kit.backend.db, kit.clock.now());
    expect(keptRows(kit.backend.db).filter((row) => row.key.includes('"2026-W48"'))).toHaveLength(1);
    const after = await kit.client.call('reports.preview', { period: W48, filters: {}, language: 'en' });
    expect(after.result.current.won.count).toBe(before.result.current.won.count - 1);
    expect(after.result.previous?.won.count).toBe((before.result.previous?.won.count ?? 0) + 1);
  });
});

describe('the app host warms them on its own', () => {
  it('once the host is quiet after the start, and again after a write dropped it', async () => {
    const clock = createTestClock(THURSDAY_W49);
    const backend: TempBackend = createTempBackend({
      clock,
      reportWarmUp: { startDelayMs: 0, quietMs: 0, intervalMs: 60_000 },
    });
    disposables.push(backend);
    const lastWeekKept = () =>
      keptRows(backend.db).filter((row) => row.key.includes('"2026-W48"') && row.key.includes('report+drills'));
    await expect.poll(lastWeekKept).toHaveLength(1);
    // The second step, in a turn of its own: last month's figures.
    await expect.poll(() => scopesOf(keptRows(backend.db))).toContain('overview-period 2026-11');

    // A settings change drops every kept report; the write's push brings the warm-up back.
    const zoneKept = () => lastWeekKept().filter((row) => row.key.includes('Asia/Yekaterinburg'));
    expect(zoneKept()).toEqual([]);
    const changed = await backend.dispatch('settings.set', { 'workspace.timeZone': 'Asia/Yekaterinburg' });
    expect(changed.ok).toBe(true);
    await expect.poll(zoneKept).toHaveLength(1);
    expect(lastWeekKept()).toHaveLength(1);
  });
});
