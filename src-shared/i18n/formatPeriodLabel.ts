import type { Language } from '../contract/schemas/common';
import { formatCalendarDate } from './formatDates';
import type { Translate } from './Translate';

const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const CUSTOM = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/** «ноябрь» → «Ноябрь»: the month heads the label. */
const capitalised = (text: string, language: Language): string =>
  text.charAt(0).toLocaleUpperCase(language) + text.slice(1);

/** «Ноябрь», "November": the month's name as a heading. */
const monthName = (year: string, month: string, language: Language): string =>
  capitalised(
    new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(Number(year), Number(month) - 1, 1),
    ),
    language,
  );

/** A month of a year by its name in the language: «Ноябрь 2026», "November 2026". */
export const formatMonthLabel = (month: string, language: Language, t: Translate): string => {
  const parts = MONTH.exec(month);
  if (!parts?.[1] || !parts[2]) return month;
  return t('kpiReport.period.month', { month: monthName(parts[1], parts[2], language), year: parts[1] });
};

/** A month on a chart's axis, short: «дек. 2026», "Dec 2026"; anything else as it is. */
export const formatMonthShortLabel = (month: string, language: Language): string => {
  const parts = MONTH.exec(month);
  if (!parts?.[1] || !parts[2]) return month;
  const name = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(Number(parts[1]), Number(parts[2]) - 1, 1),
  );
  return `${name} ${parts[1]}`;
};

/**
 * A week, month or quarter without its year («Неделя 48», «Ноябрь», «4 квартал» / "Q4"), where the
 * year is on screen beside it (the Analytics period picker, above the period's dates); null for
 * anything else.
 */
export const formatPeriodShortLabel = (label: string, language: Language, t: Translate): string | null => {
  const week = WEEK.exec(label);
  if (week) return t('kpiReport.period.weekShort', { week: Number(week[2]) });
  const quarter = QUARTER.exec(label);
  if (quarter) return t('kpiReport.period.quarterShort', { quarter: quarter[2] });
  const month = MONTH.exec(label);
  if (month?.[1] && month[2]) return monthName(month[1], month[2], language);
  return null;
};

/**
 * A period's key as people read it: «Неделя 48, 2026» / "Week 48, 2026", «Ноябрь 2026»,
 * «4 квартал 2026» / "Q4 2026", «02.11.2026 — 01.12.2026» / "11/02/2026 – 12/01/2026". The key
 * itself (2026-W48, 2026-11, 2026-Q4, 2026-11-02..2026-12-01) stays in the JSON and file names;
 * anything else is shown as it is.
 */
export const formatPeriodLabel = (label: string, language: Language, t: Translate): string => {
  const week = WEEK.exec(label);
  if (week) return t('kpiReport.period.week', { week: Number(week[2]), year: week[1] });
  const quarter = QUARTER.exec(label);
  if (quarter) return t('kpiReport.period.quarter', { quarter: quarter[2], year: quarter[1] });
  if (MONTH.test(label)) return formatMonthLabel(label, language, t);
  const custom = CUSTOM.exec(label);
  if (custom?.[1] && custom[2])
    return t('kpiReport.period.custom', {
      from: formatCalendarDate(custom[1], language),
      to: formatCalendarDate(custom[2], language),
    });
  return label;
};
