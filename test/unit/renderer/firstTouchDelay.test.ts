import { describe, expect, it } from 'vitest';
import { firstTouchDelay } from '../../../src-renderer/modules/activities/utils/firstTouchDelay';
import { createTranslator } from '../../../src-main/core/reports/createTranslator';

const MIN = 60_000;
const HOUR = 60 * MIN;
const CREATED = Date.UTC(2026, 11, 1, 9);

const ruT = createTranslator('ru');
const enT = createTranslator('en');

describe('firstTouchDelay', () => {
  it('reads a touch before the deal existed as such, and one in its first half-minute as immediate', () => {
    expect(firstTouchDelay(CREATED - 3 * HOUR, CREATED, ruT)).toBe('до создания сделки');
    expect(firstTouchDelay(CREATED - 3 * HOUR, CREATED, enT)).toBe('before the deal was created');
    expect(firstTouchDelay(CREATED, CREATED, ruT)).toBe('сразу');
    expect(firstTouchDelay(CREATED + 29_000, CREATED, enT)).toBe('immediately');
  });

  it('counts minutes, hours and minutes, then days after the deal’s creation', () => {
    expect(firstTouchDelay(CREATED + 30_000, CREATED, ruT)).toBe('через 1 минуту');
    expect(firstTouchDelay(CREATED + 5 * MIN, CREATED, ruT)).toBe('через 5 минут');
    expect(firstTouchDelay(CREATED + 2 * HOUR + 15 * MIN, CREATED, enT)).toBe('after 2 h 15 min');
    expect(firstTouchDelay(CREATED + 72 * HOUR, CREATED, ruT)).toBe('через 3 дня');
  });
});
