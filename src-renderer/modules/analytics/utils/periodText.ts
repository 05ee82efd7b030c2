import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';

/** The URL spelling of a period (the inverse of periodFromText). */
export const periodText = (period: KpiPeriod): string => {
  switch (period.kind) {
    case 'week':
      return period.week;
    case 'month':
      return period.month;
    case 'quarter':
      return period.quarter;
    case 'custom':
      return `${period.from}..${period.to}`;
  }
};
