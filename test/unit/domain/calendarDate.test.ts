import { calendarDateInZone, isCalendarDate, isIanaTimeZone } from '@shared/domain/calendarDate';
import { formatCalendarDate, formatInstant } from '@shared/i18n/formatDates';
import { describe, expect, it } from 'vitest';

describe('calendar dates', () => {
  it('accepts only real days written YYYY-MM-DD', () => {
    expect(isCalendarDate('2026-03-15')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('15.03.2026')).toBe(false);
    expect(isCalendarDate('2026-3-15')).toBe(false);
  });

  it('takes the day an instant falls on in the workspace zone', () => {
    const lateEvening = Date.UTC(2026, 2, 15, 22, 30);
    expect(calendarDateInZone(lateEvening, 'Europe/Moscow')).toBe('2026-03-16');
    expect(calendarDateInZone(lateEvening, 'Europe/Kaliningrad')).toBe('2026-03-16');
    expect(calendarDateInZone(lateEvening, 'UTC')).toBe('2026-03-15');
  });

  it('shows a picked day as that day in every zone (Moscow and Kaliningrad read the same)', () => {
    expect(formatCalendarDate('2026-03-15', 'ru')).toBe('15.03.2026');
    expect(formatCalendarDate('2026-03-15', 'en')).toBe('03/15/2026');
    expect(formatCalendarDate('2026-03-15', 'ru', 'dayMonth')).toBe('15 мар.');
  });
});

describe('workspace time zone', () => {
  it('accepts IANA names only', () => {
    for (const zone of [
      'Europe/Moscow',
      'Europe/Kaliningrad',
      'Asia/Almaty',
      'America/Argentina/Buenos_Aires',
      'UTC',
    ]) {
      expect(isIanaTimeZone(zone), zone).toBe(true);
    }
    for (const zone of ['', 'Moscow', 'MSK', '+03:00', 'Mars/Base', 'Europe/Moscow; DROP', 'GMT+3']) {
      expect(isIanaTimeZone(zone), zone).toBe(false);
    }
  });

  it('answers a name asked again as the first time (the answers are remembered), past its memo too', () => {
    const odd = Array.from({ length: 1_200 }, (_, at) => `Mars/Base_${at}`);
    for (let round = 0; round < 2; round += 1) {
      expect(isIanaTimeZone('Europe/Moscow')).toBe(true);
      expect(isIanaTimeZone('Mars/Base')).toBe(false);
      expect(odd.filter(isIanaTimeZone)).toEqual([]);
      expect(isIanaTimeZone('Asia/Vladivostok')).toBe(true);
    }
  });
});

describe('one set of date formats', () => {
  const moment = Date.UTC(2026, 10, 26, 22, 30);

  it('writes dates and times in the UI language and the workspace zone', () => {
    expect(formatInstant(moment, 'date', 'ru', 'UTC')).toBe('26.11.2026');
    expect(formatInstant(moment, 'date', 'en', 'UTC')).toBe('11/26/2026');
    expect(formatInstant(moment, 'date', 'ru', 'Europe/Moscow')).toBe('27.11.2026');
    expect(formatInstant(moment, 'dateTime', 'ru', 'Europe/Moscow')).toBe('27.11.2026, 01:30');
    expect(formatInstant(moment, 'dayMonth', 'ru', 'Europe/Moscow')).toBe('27 нояб.');
  });
});
