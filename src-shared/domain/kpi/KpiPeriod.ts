/**
 * A reporting period as the user names it. Weeks are ISO weeks, months and quarters calendar
 * ones, all in the workspace time zone; a custom range is inclusive of both dates.
 */
export type KpiPeriod =
  | { kind: 'week'; week: string }
  | { kind: 'month'; month: string }
  | { kind: 'quarter'; quarter: string }
  | { kind: 'custom'; from: string; to: string };

/** A resolved period: UTC epoch ms, `to` exclusive. */
export type PeriodRange = { from: number; to: number };

export const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;
export const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
