import {
  formatMonthLabel,
  formatMonthShortLabel,
  formatPeriodLabel,
  formatPeriodShortLabel,
} from '@shared/i18n/formatPeriodLabel';
import { formatCell } from '@shared/reports/formatCell';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src-main/core/reports/createTranslator';

const ru = createTranslator('ru');
const en = createTranslator('en');

describe('formatPeriodLabel', () => {
  it('names a week, a month, a quarter and a custom range in each language', () => {
    expect(formatPeriodLabel('2026-W48', 'ru', ru)).toBe('Неделя 48, 2026');
    expect(formatPeriodLabel('2026-W05', 'en', en)).toBe('Week 5, 2026');
    expect(formatPeriodLabel('2026-11', 'ru', ru)).toBe('Ноябрь 2026');
    expect(formatPeriodLabel('2026-03', 'en', en)).toBe('March 2026');
    expect(formatPeriodLabel('2026-Q4', 'ru', ru)).toBe('4 квартал 2026');
    expect(formatPeriodLabel('2026-Q1', 'en', en)).toBe('Q1 2026');
    expect(formatPeriodLabel('2026-11-02..2026-12-01', 'ru', ru)).toBe('02.11.2026 — 01.12.2026');
    expect(formatPeriodLabel('2026-11-02..2026-12-01', 'en', en)).toBe('11/02/2026 – 12/01/2026');
  });

  it('names a week, a month and a quarter without the year where it is shown beside them', () => {
    expect(formatPeriodShortLabel('2026-W48', 'ru', ru)).toBe('Неделя 48');
    expect(formatPeriodShortLabel('2026-09', 'ru', ru)).toBe('Сентябрь');
    expect(formatPeriodShortLabel('2026-Q4', 'en', en)).toBe('Q4');
    expect(formatPeriodShortLabel('2026-11-02..2026-12-01', 'ru', ru)).toBeNull();
  });

  it('names a month short on a chart axis', () => {
    expect(formatMonthShortLabel('2026-12', 'ru')).toBe('дек. 2026');
    expect(formatMonthShortLabel('2027-01', 'en')).toBe('Jan 2027');
  });

  it('shows anything else as it is', () => {
    expect(formatPeriodLabel('last quarter', 'ru', ru)).toBe('last quarter');
    expect(formatMonthLabel('2026-13-01', 'en', en)).toBe('2026-13-01');
  });
});

describe('formatCell for months and dates', () => {
  it('shows a month by name and a date in the language’s order; other texts as they are', () => {
    expect(formatCell('2027-01', 'month', 'ru', 'RUB', ru)).toBe('Январь 2027');
    expect(formatCell('2026-11-29', 'date', 'ru', 'RUB', ru)).toBe('29.11.2026');
    expect(formatCell('2026-11-29', 'date', 'en', 'RUB', en)).toBe('11/29/2026');
    expect(formatCell('Без даты', 'month', 'ru', 'RUB', ru)).toBe('Без даты');
    expect(formatCell('2026-11-29', 'text', 'ru', 'RUB', ru)).toBe('2026-11-29');
  });
});
