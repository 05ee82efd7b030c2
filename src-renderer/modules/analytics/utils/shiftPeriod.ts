import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format } from 'date-fns';
import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';
import { periodRange } from '@shared/domain/kpi/periodRange';
import { previousPeriod } from '@shared/domain/kpi/previousPeriod';
import { periodOfKind } from './periodOfKind';

/**
 * The period before (-1) or after (+1): the previous one by the engine's own rule, the next one as
 * the period of the same kind right after it (a custom range: as many days).
 */
export const shiftPeriod = (period: KpiPeriod, step: -1 | 1, timeZone: string): KpiPeriod => {
  if (step === -1) return previousPeriod(period, timeZone);
  const range = periodRange(period, timeZone);
  if (period.kind !== 'custom') return periodOfKind(period.kind, range.to, timeZone);
  const start = new TZDate(range.from, timeZone);
  const end = new TZDate(range.to, timeZone);
  const days = differenceInCalendarDays(end, start);
  return { kind: 'custom', from: format(end, 'yyyy-MM-dd'), to: format(addDays(end, days - 1), 'yyyy-MM-dd') };
};
