import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';
import { DATE_PATTERN, MONTH_PATTERN, QUARTER_PATTERN, WEEK_PATTERN } from '@shared/domain/kpi/KpiPeriod';

/** The period as the URL spells it: 2026-W48, 2026-11, 2026-Q4 or 2026-11-01..2026-11-30; null if none. */
export const periodFromText = (text: string | null): KpiPeriod | null => {
  if (!text) return null;
  if (WEEK_PATTERN.test(text)) return { kind: 'week', week: text };
  if (MONTH_PATTERN.test(text)) return { kind: 'month', month: text };
  if (QUARTER_PATTERN.test(text)) return { kind: 'quarter', quarter: text };
  const [from = '', to = ''] = text.split('..');
  if (DATE_PATTERN.test(from) && DATE_PATTERN.test(to) && from <= to) return { kind: 'custom', from, to };
  return null;
};
