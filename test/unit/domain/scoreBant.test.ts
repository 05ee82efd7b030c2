import { describe, expect, it } from 'vitest';
import {
  BANT_TIMING_MEDIUM_DAYS,
  BANT_TIMING_NEAR_DAYS,
  type BantDetails,
  EMPTY_BANT_DETAILS,
  bantAnswerLevels,
  quarterEnd,
} from '@shared/domain/bantAnswerLevels';
import { DEFAULT_BANT_WEIGHTS } from '@shared/domain/bantScore';
import { scoreBant } from '@shared/domain/scoreBant';
import { addDays, format, parseISO } from 'date-fns';

const TODAY = '2026-11-23';
const inDays = (days: number) => format(addDays(parseISO(TODAY), days), 'yyyy-MM-dd');
const levels = (patch: Partial<BantDetails>) => bantAnswerLevels({ ...EMPTY_BANT_DETAILS, ...patch }, TODAY);

describe('bantAnswerLevels', () => {
  it('leaves every part unasked when nothing is answered', () => {
    expect(levels({})).toEqual({ budget: null, authority: null, need: null, timing: null });
  });

  it.each([
    [{ budgetMinor: 100, budgetConfirmed: true }, 3],
    [{ budgetMinor: 100, budgetConfirmed: false }, 2],
    [{ budgetMinor: 100 }, 2],
    [{ budgetConfirmed: true }, 2],
    [{ budgetConfirmed: false }, 1],
    [{ budgetMinor: 0, budgetConfirmed: true }, 0],
    [{ budgetMinor: 0 }, 0],
  ] as const)('budget %j is level %i', (patch, level) => {
    expect(levels(patch).budget).toBe(level);
  });

  it.each([
    [{ authorityContactId: 'c', authorityRole: 'decision_maker' }, 3],
    [{ authorityContactId: 'c', authorityRole: 'economic_buyer' }, 3],
    [{ authorityRole: 'decision_maker' }, 2],
    [{ authorityContactId: 'c', authorityRole: 'champion' }, 2],
    [{ authorityContactId: 'c', authorityRole: 'influencer' }, 2],
    [{ authorityRole: 'influencer' }, 2],
    [{ authorityContactId: 'c', authorityRole: 'gatekeeper' }, 1],
    [{ authorityContactId: 'c' }, 1],
    [{ authorityRole: 'user' }, 1],
  ] as const)('authority %j is level %i', (patch, level) => {
    expect(levels(patch).authority).toBe(level);
  });

  it.each([
    [{ needPain: 'Теряем заявки', needCategory: 'revenue' }, 3],
    [{ needPain: 'Теряем заявки' }, 2],
    [{ needCategory: 'cost' }, 1],
    [{ needPain: '   ' }, null],
    [{ needPain: '  ', needCategory: 'risk' }, 1],
  ] as const)('need %j is level %s', (patch, level) => {
    expect(levels(patch).need).toBe(level);
  });

  it.each([
    [0, 3],
    [BANT_TIMING_NEAR_DAYS, 3],
    [BANT_TIMING_NEAR_DAYS + 1, 2],
    [BANT_TIMING_MEDIUM_DAYS, 2],
    [BANT_TIMING_MEDIUM_DAYS + 1, 1],
    [-1, 1],
  ])('timing %i days from today is level %i', (days, level) => {
    expect(levels({ timingDate: inDays(days) }).timing).toBe(level);
  });

  it('reads a quarter as its last day; a date wins over a quarter', () => {
    expect(quarterEnd('2026-Q4')).toBe('2026-12-31');
    expect(quarterEnd('2027-Q1')).toBe('2027-03-31');
    expect(quarterEnd('2027-Q2')).toBe('2027-06-30');
    expect(quarterEnd('2027-Q5')).toBeNull();
    expect(levels({ timingQuarter: '2026-Q4' }).timing).toBe(3);
    expect(levels({ timingQuarter: '2027-Q1' }).timing).toBe(2);
    expect(levels({ timingQuarter: '2027-Q2' }).timing).toBe(1);
    expect(levels({ timingQuarter: '2026-Q3' }).timing).toBe(1);
    expect(levels({ timingDate: inDays(400), timingQuarter: '2026-Q4' }).timing).toBe(1);
  });
});

describe('scoreBant', () => {
  const full: BantDetails = {
    budgetMinor: 1_000_000,
    budgetConfirmed: true,
    authorityContactId: 'c',
    authorityRole: 'decision_maker',
    needPain: 'Теряем заявки',
    needCategory: 'revenue',
    timingDate: inDays(30),
    timingQuarter: null,
  };

  it('is 100 with every part confirmed, null with nothing answered, and shows each part', () => {
    expect(scoreBant(full, DEFAULT_BANT_WEIGHTS, TODAY)).toEqual({
      levels: { budget: 3, authority: 3, need: 3, timing: 3 },
      score: 100,
      parts: { budget: 25, authority: 25, need: 25, timing: 25 },
    });
    expect(scoreBant(EMPTY_BANT_DETAILS, DEFAULT_BANT_WEIGHTS, TODAY).score).toBeNull();
  });

  it('a missing answer earns nothing but keeps the others; weights shift the parts', () => {
    const partial = { ...full, authorityContactId: null, authorityRole: null, needCategory: null };
    const even = scoreBant(partial, DEFAULT_BANT_WEIGHTS, TODAY);
    expect(even.parts).toMatchObject({ budget: 25, authority: 0, timing: 25 });
    expect(even.parts.need).toBeCloseTo(16.667, 3);
    expect(even.score).toBe(67);
    const budgetHeavy = scoreBant(partial, { budget: 70, authority: 10, need: 10, timing: 10 }, TODAY);
    expect(budgetHeavy.parts.budget).toBeCloseTo(70, 9);
    expect(budgetHeavy.score).toBe(Math.round(70 + 10 * (2 / 3) + 10));
    expect(scoreBant(partial, { budget: 0, authority: 100, need: 0, timing: 0 }, TODAY).score).toBe(0);
  });

  it('counts days in the calendar: the same answers score by the day they are judged', () => {
    const dated = { ...EMPTY_BANT_DETAILS, timingDate: '2027-02-23' };
    expect(scoreBant(dated, DEFAULT_BANT_WEIGHTS, '2026-11-23').levels.timing).toBe(3);
    expect(scoreBant(dated, DEFAULT_BANT_WEIGHTS, '2026-11-22').levels.timing).toBe(2);
    expect(scoreBant(dated, DEFAULT_BANT_WEIGHTS, '2027-02-24').levels.timing).toBe(1);
  });
});
