import type { AnalyticsDrillInput } from '@shared/contract/schemas/analytics';

/** What a click asks to list: the figure (with its key) and the heading of the list. */
export type DrillRequest = {
  title: string;
  figure: Omit<AnalyticsDrillInput, 'period' | 'filters' | 'asOf' | 'limit'>;
  /** The previous period's bar was clicked. */
  previous?: boolean;
};
