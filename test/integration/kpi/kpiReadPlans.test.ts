import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '@shared/domain/defaultWorkspace';
import { computeKpis } from '@shared/domain/kpi/computeKpis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestFor } from '../../../src-main/core/modules/kpi/kpi.service';
import { loadKpiInput, loadStages } from '../../../src-main/core/modules/kpi/kpiInput.service';
import { clientFor, createTempBackend, createTestClock, type TempBackend } from '../../helpers/tempBackend';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const WEEK_FROM = Date.UTC(2026, 10, 23); // 2026-W48, Monday
const NOW = Date.UTC(2027, 0, 1);
const INTEREST = DEFAULT_STAGES.findIndex((stage) => stage.controlPoints.some((point) => point.required));

/**
 * The load reads transitions, ticks and first touches either by seeking each deal it names or by
 * scanning and dropping the others, and reads ticks only for deals that leave a stage in the
 * window. Both plans give the same report, including an exit that is a deal's second transition.
 */
describe('KPI load plans', () => {
  let backend: TempBackend;
  beforeAll(async () => {
    backend = createTempBackend({ clock: createTestClock(NOW) });
    await clientFor(backend).call('settings.set', { 'workspace.timeZone': 'UTC' });
    const sql = backend.db.sqlite;
    const insertDeal = sql.prepare(`INSERT INTO deals (id, title, pipeline_id, stage_id, position, status, value_minor,
      currency, stage_entered_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'a0', 'open', 100, 'RUB', ?, ?, ?)`);
    const insertTr = sql.prepare(`INSERT INTO stage_transitions (id, deal_id, from_stage_id, to_stage_id, from_status,
      to_status, at) VALUES (?, ?, ?, ?, ?, 'open', ?)`);
    const insertTick = sql.prepare(`INSERT INTO deal_checks (id, deal_id, control_point_id, checked, checked_at,
      created_at, updated_at) VALUES (?, ?, ?, 1, ?, 0, 0)`);
    const stage = (index: number) => DEFAULT_STAGES[index]!.id;
    // deal n: created 3 days before the week in the first gated stage, moved on once in the week
    // (its second transition); deal 1 ticked every item first, deal 2 none. Deal 3 is created in
    // the week and touched, and leaves no stage.
    const deal = (n: number) => `01900000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
    for (const n of [1, 2]) {
      const created = WEEK_FROM - 3 * DAY;
      const moved = WEEK_FROM + DAY;
      insertDeal.run(deal(n), `D${n}`, DEFAULT_PIPELINE.id, stage(INTEREST + 1), moved, created, moved);
      insertTr.run(`${deal(n)}-a`, deal(n), null, stage(INTEREST), null, created);
      insertTr.run(`${deal(n)}-b`, deal(n), stage(INTEREST), stage(INTEREST + 1), 'open', moved);
    }
    DEFAULT_STAGES[INTEREST]!.controlPoints.forEach((point, index) =>
      insertTick.run(`${deal(1)}:${index}`, deal(1), point.id, WEEK_FROM - 2 * DAY),
    );
    const created = WEEK_FROM + 2 * DAY;
    insertDeal.run(deal(3), 'D3', DEFAULT_PIPELINE.id, stage(0), created, created, created);
    insertTr.run(`${deal(3)}-a`, deal(3), null, stage(0), null, created);
    sql
      .prepare(`INSERT INTO activities (id, type, direction, subject, deal_id, done_at, created_at, updated_at)
        VALUES ('01900000-0000-7000-8000-0000000000f3', 'call', 'outbound', 'x', ?, ?, ?, ?)`)
      .run(deal(3), created + 2 * HOUR, created, created);
  });
  afterAll(() => backend.dispose());

  it('give the same report by seeks and by scans, ticks of a second-transition exit included', () => {
    const request = requestFor(backend.db, { period: { kind: 'week', week: '2026-W48' }, filters: {} }, NOW);
    const stages = loadStages(backend.db);
    const reports = (['seek', 'scan', 'auto'] as const).map((plan) =>
      computeKpis(loadKpiInput(backend.db, request, stages, plan)),
    );
    const [seek] = reports;
    expect(seek?.compliance).toBe(0.5);
    expect(seek?.complianceByStage[DEFAULT_STAGES[INTEREST]!.key]).toEqual({ exits: 2, compliant: 1, rate: 0.5 });
    expect(seek?.speedToLeadHours).toMatchObject({ median: 2, n: 1 });
    for (const report of reports) expect(report).toEqual(seek);
  });
});
