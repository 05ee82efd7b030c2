import type { EChartsOption } from 'echarts';
import { baseOption, type ChartTextOptions } from './chartTheme';

export type TrendChartData = {
  weeks: readonly string[];
  /** One line per step → next conversion; null where the week's cohort is empty (a gap, not 0). */
  lines: readonly { name: string; values: readonly (number | null)[] }[];
  formatPercent: (ratio: number) => string;
};

const LINE_COLORS = ['#2563eb', '#0f766e', '#d97706', '#7c3aed', '#db2777'];

/** Step conversion of each week's cohort, one line per step, on a 0–100 % axis. */
export const trendChartOption = (data: TrendChartData, text: ChartTextOptions): EChartsOption => ({
  ...baseOption(text),
  grid: { ...baseOption(text).grid, top: 56 },
  legend: { top: 0, left: 0, type: 'scroll' },
  tooltip: {
    trigger: 'item',
    valueFormatter: (value) => (typeof value === 'number' ? data.formatPercent(value) : '—'),
  },
  xAxis: { type: 'category', data: [...data.weeks], axisLabel: { hideOverlap: true } },
  yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (value: number) => data.formatPercent(value) } },
  series: data.lines.map((line, index) => ({
    type: 'line' as const,
    name: line.name,
    data: [...line.values],
    connectNulls: false,
    symbolSize: 8,
    itemStyle: { color: LINE_COLORS[index % LINE_COLORS.length] },
  })),
});
