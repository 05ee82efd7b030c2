import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKpiKit, type KpiKit, local } from './kpiTestKit';

/**
 * An open deal's age in its stage as of the report's end counts from entering the stage: a loss and
 * a reopening in the same stage do not restart it, whether the deal was written after the as-of
 * time (its standing then comes from its transitions) or not (its row stands as it was).
 */
const msk = local(3);

describe('kpi.report: open ages as of the end of the week', () => {
  let kit: KpiKit;
  beforeAll(async () => {
    kit = await createKpiKit('Europe/Moscow');
  });
  afterAll(() => kit.dispose());

  it('count from entering the stage, not from a reopening, for deals written since and untouched', async () => {
    const untouched = await kit.deal(msk(11, 23, 12), { title: 'Untouched' });
    const writtenSince = await kit.deal(msk(11, 23, 12), { title: 'Written since' });
    for (const id of [untouched, writtenSince]) {
      await kit.lose(id, 'price', msk(11, 24, 12));
      await kit.reopen(id, msk(11, 25, 12));
    }
    await kit.move(writtenSince, 'qualification', msk(12, 1, 10));
    kit.clock.set(msk(12, 3, 10));
    const { current } = await kit.report({ period: { kind: 'week', week: '2026-W48' } });
    // Both entered the first stage on Monday 23 November 12:00: six and a half days before the week's end.
    expect(current.timeInStageDays.new_lead).toMatchObject({ open: 2, openMedianDays: 6.5 });
  });
});
