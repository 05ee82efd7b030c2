import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KpiReport } from '@shared/contract/schemas/kpi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReport } from '../../../src-main/core/reports/exportReport';
import { createKpiKit, type KpiKit, local } from './kpiTestKit';
import { buildWeekFixture } from './kpiWeekFixture';

const msk = local(3);
const W48 = { kind: 'week', week: '2026-W48' } as const;

/**
 * A second pipeline made from the default funnel shares the seeded stages' keys: the figures per
 * stage stay the whole workspace's and each stage is one row. Before, its empty stages overwrote
 * the first pipeline's time in stage and Analytics and the weekly report listed "Qualification"
 * once per pipeline.
 */
describe('per-stage figures with several pipelines', () => {
  let kit: KpiKit;
  let alone: KpiReport;
  const report = async () => (await kit.report({ period: W48, filters: {} })).current;
  const exportedStageNames = async () => {
    const path = join(kit.backend.dir, 'stages.json');
    await exportReport(
      kit.backend.db,
      { period: W48, filters: {}, format: 'json', language: 'en' },
      path,
      kit.clock.now(),
    );
    return (JSON.parse(readFileSync(path, 'utf8')) as { stages: { name: string }[] }).stages.map((stage) => stage.name);
  };

  beforeAll(async () => {
    kit = await createKpiKit('Europe/Moscow');
    await buildWeekFixture(kit);
    kit.clock.set(msk(12, 3, 10));
    alone = await report();
    const [sales] = await kit.client.call('pipelines.list', {});
    const partners = await kit.client.call('pipelines.create', { name: 'Partners' });
    for (const pipeline of [sales, partners]) {
      if (!pipeline) throw new Error('no default pipeline');
      await kit.client.call('stages.create', { pipelineId: pipeline.id, name: 'Pilot', funnelStep: 'consideration' });
    }
  }, 60_000);
  afterAll(() => kit.dispose());

  it('keeps the time in stage of the seeded stages when an empty pipeline of the same funnel is added', async () => {
    const both = await report();
    for (const key of ['new_lead', 'qualification', 'proposal', 'negotiation', 'contract']) {
      expect(both.timeInStageDays[key], key).toEqual(alone.timeInStageDays[key]);
    }
  });

  it('lists each stage once, naming by its pipeline a stage whose name another pipeline’s stage shares', async () => {
    const names = await exportedStageNames();
    expect(names.filter((name) => name === 'Qualification')).toHaveLength(1);
    expect(names).toContain('Pilot (Sales)');
    expect(names).toContain('Pilot (Partners)');
    expect(new Set(names).size).toBe(names.length);
  });
});
