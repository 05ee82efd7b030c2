import type { TimelineEntryOut } from '@shared/contract/schemas/history';
import { describe, expect, it } from 'vitest';
import { dealIdFromHash, hashWithDeal } from '../../../src-renderer/modules/dealDrawer/utils/dealRoute';
import { fromDateInput } from '../../../src-renderer/modules/dealDrawer/utils/dateInput';
import { describeTimelineEntry } from '../../../src-renderer/modules/timeline/utils/describeTimelineEntry';
import { foldTimeline } from '../../../src-renderer/modules/timeline/utils/foldTimeline';
import { toMoneyInput } from '../../../src-renderer/modules/dealDrawer/utils/moneyInput';

const actor = { actorId: 'u', actorName: 'Анна' };

describe('deal drawer route', () => {
  it('keeps the page and adds or removes the deal', () => {
    expect(hashWithDeal('#/pipeline', 'd1')).toBe('#/pipeline?deal=d1');
    expect(hashWithDeal('#/deals?deal=d1', 'd2')).toBe('#/deals?deal=d2');
    expect(hashWithDeal('#/deals?deal=d1', null)).toBe('#/deals');
    expect(hashWithDeal('', 'd1')).toBe('#/pipeline?deal=d1');
    expect(dealIdFromHash('#/pipeline?deal=d1')).toBe('d1');
    expect(dealIdFromHash('#/pipeline')).toBeNull();
  });
});

describe('drawer inputs', () => {
  it('keeps the date box’s day as the stored calendar date (no time zone in between)', () => {
    expect(fromDateInput('2026-03-15')).toBe('2026-03-15');
    expect(fromDateInput(' 2026-03-15 ')).toBe('2026-03-15');
    expect(fromDateInput('')).toBeNull();
    expect(fromDateInput('2026-02-30')).toBeUndefined();
    expect(fromDateInput('15.03.2026')).toBeUndefined();
  });

  it('starts the amount box with the amount in the UI language', () => {
    expect(toMoneyInput(150_050, 'RUB', 'ru')).toBe('1500,5');
    expect(toMoneyInput(150_000, 'RUB', 'en')).toBe('1500');
  });
});

describe('timeline', () => {
  const lost: TimelineEntryOut = {
    kind: 'stage',
    at: 1000,
    ...actor,
    fromStageId: 's',
    toStageId: 's',
    fromStatus: 'open',
    toStatus: 'lost',
  };
  const reason: TimelineEntryOut = {
    kind: 'field',
    at: 1001,
    ...actor,
    field: 'lossReasonId',
    oldValue: null,
    newValue: 'r',
  };
  const note: TimelineEntryOut = {
    kind: 'field',
    at: 1001,
    ...actor,
    field: 'lossNote',
    oldValue: null,
    newValue: 'дорого',
  };
  const edit: TimelineEntryOut = {
    kind: 'field',
    at: 5000,
    ...actor,
    field: 'valueMinor',
    oldValue: 100,
    newValue: 250,
  };

  it('reads the loss reason and note as part of the loss, not as field edits', () => {
    const folded = foldTimeline([lost, reason, note, edit]);
    expect(folded).toHaveLength(2);
    expect(folded[0]).toMatchObject({ entry: lost, lossReasonId: 'r', lossNote: 'дорого' });
  });

  it('says what happened with names from refs and values in the UI language', () => {
    const t = (key: string, values?: Record<string, unknown>) => `${key}${values ? JSON.stringify(values) : ''}`;
    const context = {
      refs: { r: { kind: 'lossReason' as const, name: 'Цена', defaultKey: null } },
      t,
      language: 'ru' as const,
      currency: 'RUB',
    };
    const [first, second] = foldTimeline([lost, reason, note, edit]);
    expect(describeTimelineEntry(first!, context)).toMatchObject({
      tone: 'lost',
      text: 'dealDrawer.timeline.lost',
      detail: 'dealDrawer.timeline.lossReason{"reason":"Цена"} — дорого',
    });
    const line = describeTimelineEntry(second!, context);
    expect(line.text).toBe('dealDrawer.timeline.field{"field":"deal.fields.value"}');
    expect(line.change?.from.replace(/\s/g, ' ')).toBe('1 ₽');
    expect(line.change?.to.replace(/\s/g, ' ')).toBe('2,50 ₽');
  });
});
