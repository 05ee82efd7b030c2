import { activitiesEn } from '@shared/i18n/messages/activities.en';
import { activitiesRu } from '@shared/i18n/messages/activities.ru';
import { describe, expect, it } from 'vitest';
import { catalogEn } from '../../../src-main/core/seed/generate/catalog/catalogEn';
import { catalogRu } from '../../../src-main/core/seed/generate/catalog/catalogRu';
import { createIdMaker } from '../../../src-main/core/seed/generate/createIdMaker';
import { createRandom } from '../../../src-main/core/seed/generate/createRandom';
import { createWeightedPicker } from '../../../src-main/core/seed/generate/createWeightedPicker';
import { createWorkClock, DAY, HOUR } from '../../../src-main/core/seed/generate/createWorkClock';
import { repCountFor } from '../../../src-main/core/seed/generate/generateUsers';
import { resolveSeedWindow } from '../../../src-main/core/seed/generate/seedWindow';

const draw = (seed: number, count: number) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.float());
};

describe('createRandom', () => {
  it('repeats its stream for a seed and differs across seeds', () => {
    expect(draw(5, 50)).toEqual(draw(5, 50));
    expect(draw(5, 50)).not.toEqual(draw(6, 50));
  });

  it('stays in range', () => {
    const random = createRandom(1);
    for (let index = 0; index < 10_000; index += 1) {
      const value = random.float();
      expect(value >= 0 && value < 1).toBe(true);
      const int = random.int(3, 7);
      expect(int >= 3 && int <= 7 && Number.isInteger(int)).toBe(true);
    }
    const mean =
      Array.from({ length: 20_000 }, () => random.poisson(4)).reduce((sum, value) => sum + value, 0) / 20_000;
    expect(mean).toBeGreaterThan(3.9);
    expect(mean).toBeLessThan(4.1);
  });

  it('picks by weight', () => {
    const random = createRandom(2);
    const pick = createWeightedPicker([
      ['a', 1],
      ['b', 3],
    ] as const);
    const share = Array.from({ length: 20_000 }, () => pick(random)).filter((item) => item === 'b').length / 20_000;
    expect(share).toBeGreaterThan(0.72);
    expect(share).toBeLessThan(0.78);
  });
});

describe('createIdMaker', () => {
  it('makes reproducible UUIDv7 ids carrying the given time', () => {
    const make = () => createIdMaker(createRandom(9));
    const [a, b] = [make(), make()];
    const at = Date.UTC(2026, 3, 1, 9, 30);
    const id = a(at);
    expect(id).toBe(b(at));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16)).toBe(at);
  });
});

describe('createWorkClock (Moscow, UTC+3)', () => {
  const clock = createWorkClock(createRandom(3), 180);
  const monday10 = Date.UTC(2026, 2, 2, 7); // 10:00 in Moscow

  it('knows office hours and weekdays', () => {
    expect(clock.weekday(monday10)).toBe(0);
    expect(clock.isWorkTime(monday10)).toBe(true);
    expect(clock.isWorkTime(monday10 + 10 * HOUR)).toBe(false);
    expect(clock.isWorkTime(monday10 + 5 * DAY)).toBe(false);
  });

  it('moves evening and weekend moments to the next office morning, in whole milliseconds', () => {
    const friday20 = monday10 + 4 * DAY + 10 * HOUR + 0.5;
    const next = clock.nextWorkTime(friday20);
    expect(Number.isInteger(next)).toBe(true);
    expect(clock.weekday(next)).toBe(0);
    expect(clock.isWorkTime(next)).toBe(true);
    expect(next - friday20).toBeLessThan(3 * DAY);
  });

  it('samples mostly office hours', () => {
    const samples = Array.from({ length: 2_000 }, () => clock.sampleBetween(monday10, monday10 + 14 * DAY));
    const share = samples.filter((at) => clock.isWorkTime(at)).length / samples.length;
    expect(share).toBeGreaterThan(0.9);
  });
});

describe('seed sizing and window', () => {
  it('staffs one rep per ~400 deals, between 5 and 60', () => {
    expect([repCountFor(300), repCountFor(5_000), repCountFor(100_000)]).toEqual([5, 13, 60]);
  });

  it('ends the window at now by default and refuses one ending in the future', () => {
    const now = Date.UTC(2026, 10, 26);
    expect(resolveSeedWindow({ now })).toEqual({ start: now - 26 * 7 * DAY, end: now });
    expect(resolveSeedWindow({ now, start: now - 10 * 7 * DAY, weeks: 4 })).toEqual({
      start: now - 70 * DAY,
      end: now - 42 * DAY,
    });
    expect(() => resolveSeedWindow({ now, start: now - DAY, weeks: 1 })).toThrow(/must end in the past/);
    expect(() => resolveSeedWindow({ now, weeks: 0 })).toThrow(/weeks/);
  });
});

describe('seed catalogues', () => {
  it('never repeat the activity type in a subject (the timeline shows "Call · <subject>")', () => {
    for (const [catalog, labels] of [
      [catalogRu, activitiesRu.type],
      [catalogEn, activitiesEn.type],
    ] as const) {
      const subjects = { ...catalog.activitySubjects };
      for (const [type, list] of Object.entries(catalog.firstContactSubjects)) {
        subjects[type as keyof typeof subjects] = [...subjects[type as keyof typeof subjects], ...list];
      }
      for (const [type, list] of Object.entries(subjects)) {
        const stem = labels[type as keyof typeof labels].slice(0, 4).toLowerCase();
        for (const subject of list) expect(subject.toLowerCase(), `${type}: ${subject}`).not.toContain(stem);
      }
    }
  });
});
