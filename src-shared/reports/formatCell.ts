import type { Language } from '../contract/schemas/common';
import { isCalendarDate } from '../domain/calendarDate';
import { formatCalendarDate } from '../i18n/formatDates';
import { formatMoney } from '../i18n/formatMoney';
import { formatMonthLabel } from '../i18n/formatPeriodLabel';
import type { Translate } from '../i18n/Translate';
import type { CellFormat, ReportCell } from './ReportSection';

const NONE = '—';

const number = (language: Language, digits: number, signed = false) =>
  new Intl.NumberFormat(language, {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  });

const percent = (language: Language, signed = false) =>
  new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 1,
    ...(signed ? { signDisplay: 'exceptZero' as const } : {}),
  });

/** A text cell: a month by its name («Ноябрь 2026»), a date in the language's order (29.11.2026). */
const textOf = (value: string, format: CellFormat, language: Language, t: Translate): string => {
  if (format === 'month') return formatMonthLabel(value, language, t);
  if (format === 'date' && isCalendarDate(value)) return formatCalendarDate(value, language);
  return value;
};

/** A cell as text in the report language (ru «1 234 567,50 ₽», en "₽1,234,567.50"); null is a dash. */
export const formatCell = (
  value: ReportCell,
  format: CellFormat,
  language: Language,
  currency: string,
  t: Translate,
): string => {
  if (value === null) return NONE;
  if (typeof value === 'string') return textOf(value, format, language, t);
  switch (format) {
    case 'money':
      return formatMoney(value, currency, language);
    case 'ratio':
      return percent(language).format(value);
    case 'change':
      return percent(language, true).format(value);
    case 'points':
      return t('kpiReport.values.points', { value: number(language, 1, true).format(value * 100) });
    case 'days':
    case 'hours':
    case 'score':
      return number(language, 1).format(value);
    case 'int':
      return number(language, 0).format(value);
    case 'month':
    case 'date':
    case 'text':
      return String(value);
  }
};
