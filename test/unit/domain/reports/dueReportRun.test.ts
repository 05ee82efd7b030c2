import { describe, expect, it } from 'vitest';
import { dueReportRun, type ReportScheduleState } from '../../../../src-shared/domain/reports/dueReportRun';
import { latestScheduleSlot } from '../../../../src-shared/domain/reports/latestScheduleSlot';

// Berlin moves its clocks on 29 March 2026 (02:00 CET → 03:00 CEST) and on 25 October 2026 (03:00 CEST → 02:00 CET).
const BERLIN = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;

const mondayNine = (patch: Partial<ReportScheduleState> = {}): ReportScheduleState => ({
  enabled: true,
  weekday: 1,
  time: '09:00',
  timeZone: BERLIN,
  armedAt: at('2026-01-01T00:00:00Z'),
  lastSlot: null,
  ...patch,
});

describe('latestScheduleSlot', () => {
  it('keeps Monday 09:00 on the wall clock across the spring change (a 167-hour week)', () => {
    const before = latestScheduleSlot(mondayNine(), at('2026-03-30T06:59:00Z'));
    const after = latestScheduleSlot(mondayNine(), at('2026-03-30T07:00:00Z'));
    expect(new Date(before).toISOString()).toBe('2026-03-23T08:00:00.000Z'); // 09:00 CET
    expect(new Date(after).toISOString()).toBe('2026-03-30T07:00:00.000Z'); // 09:00 CEST
    expect((after - before) / 3_600_000).toBe(167);
  });

  it('and across the autumn change (a 169-hour week)', () => {
    const last = latestScheduleSlot(mondayNine(), at('2026-10-27T12:00:00Z'));
    expect(new Date(last).toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect((last - latestScheduleSlot(mondayNine(), last - 1)) / 3_600_000).toBe(169);
  });

  it('puts a time the spring change skips (Sunday 02:30) on that Sunday, not a day off', () => {
    const slot = latestScheduleSlot(mondayNine({ weekday: 7, time: '02:30' }), at('2026-03-29T12:00:00Z'));
    expect(slot).toBeGreaterThanOrEqual(at('2026-03-29T00:30:00Z'));
    expect(slot).toBeLessThanOrEqual(at('2026-03-29T01:30:00Z'));
  });
});

describe('dueReportRun', () => {
  it('owes the slot just passed, for the last full week', () => {
    const now = at('2026-03-30T07:00:30Z');
    expect(dueReportRun(mondayNine({ lastSlot: at('2026-03-23T08:00:00Z') }), now)).toEqual({
      slot: at('2026-03-30T07:00:00Z'),
      week: '2026-W13',
    });
    expect(dueReportRun(mondayNine({ lastSlot: at('2026-03-23T08:00:00Z') }), at('2026-03-30T06:59:00Z'))).toBeNull();
  });

  it('catches a missed week up once at the next start, then owes nothing until the next slot', () => {
    // Last run on 2 March; the laptop was off for the 9th, 16th and 23rd, and starts on Wednesday 25th.
    const start = at('2026-03-25T10:00:00Z');
    const state = mondayNine({ lastSlot: at('2026-03-02T08:00:00Z') });
    const due = dueReportRun(state, start);
    expect(due).toEqual({ slot: at('2026-03-23T08:00:00Z'), week: '2026-W12' });
    // The run records its slot: the next ticks, and a restart on Friday, owe nothing.
    const ran = { ...state, lastSlot: due?.slot ?? null };
    expect(dueReportRun(ran, start + MINUTE)).toBeNull();
    expect(dueReportRun(ran, start + 60 * MINUTE)).toBeNull();
    expect(dueReportRun(ran, at('2026-03-27T16:00:00Z'))).toBeNull();
    // Next Monday (after the clocks moved) the new week is due, once.
    expect(dueReportRun(ran, at('2026-03-30T07:05:00Z'))).toEqual({
      slot: at('2026-03-30T07:00:00Z'),
      week: '2026-W13',
    });
  });

  it('owes nothing for slots before the schedule was switched on or re-timed', () => {
    const armedWednesday = mondayNine({ armedAt: at('2026-03-25T10:00:00Z') });
    expect(dueReportRun(armedWednesday, at('2026-03-25T10:01:00Z'))).toBeNull();
    expect(dueReportRun(armedWednesday, at('2026-03-30T07:00:00Z'))?.week).toBe('2026-W13');
  });

  it('owes nothing while switched off', () => {
    expect(dueReportRun(mondayNine({ enabled: false }), at('2026-03-30T08:00:00Z'))).toBeNull();
  });

  it('names the week in the zone: Monday 00:30 in Berlin is still Sunday in UTC', () => {
    const state = mondayNine({ time: '00:30', timeZone: BERLIN });
    // 2026-03-30T00:30 CEST = 2026-03-29T22:30Z (a Sunday in UTC, week 13): the report covers week 13.
    expect(dueReportRun(state, at('2026-03-29T22:31:00Z'))).toEqual({
      slot: at('2026-03-29T22:30:00Z'),
      week: '2026-W13',
    });
  });
});
