import type { EChartsOption } from 'echarts';
import { baseOption, type ChartTextOptions, VALUE_LABEL } from './chartTheme';

export type BarsChartData = {
  categories: readonly string[];
  series: readonly { name: string; values: readonly (number | null)[]; color: string; stack?: string }[];
  /** Axis and label text of a value (days, percent, count). */
  formatValue: (value: number) => string;
  horizontal?: boolean;
  /** Value-axis maximum (1 for ratios). */
  max?: number;
  /** Show each bar's value at its end (not for stacks). */
  labels?: boolean;
};

/**
 * Plain or stacked bars by category. Horizontal charts list categories top-down in the given
 * order (inverse axis), so a click's data index is the category's own index.
 */
export const barsChartOption = (data: BarsChartData, text: ChartTextOptions): EChartsOption => {
  const categoryAxis = {
    type: 'category' as const,
    data: [...data.categories],
    ...(data.horizontal
      ? { inverse: true, axisLabel: { width: 180, overflow: 'truncate' as const } }
      : { axisLabel: { interval: 0, width: 72, overflow: 'break' as const, lineHeight: 14 } }),
  };
  const valueAxis = {
    type: 'value' as const,
    minInterval: data.max === undefined ? 1 : 0,
    ...(data.max === undefined ? {} : { max: data.max }),
    axisLabel: { formatter: (value: number) => data.formatValue(value) },
  };
  return {
    ...baseOption(text),
    legend: data.series.length > 1 ? { top: 0, left: 0, type: 'scroll' } : { show: false },
    tooltip: {
      trigger: 'item',
      valueFormatter: (value) => (typeof value === 'number' ? data.formatValue(value) : '—'),
    },
    xAxis: data.horizontal ? valueAxis : categoryAxis,
    yAxis: data.horizontal ? categoryAxis : valueAxis,
    series: data.series.map((entry) => ({
      type: 'bar' as const,
      name: entry.name,
      data: [...entry.values],
      itemStyle: { color: entry.color },
      barMaxWidth: data.horizontal ? 20 : 36,
      ...(entry.stack ? { stack: entry.stack } : {}),
      label: {
        ...VALUE_LABEL,
        show: data.labels ?? false,
        position: data.horizontal ? ('right' as const) : ('top' as const),
        formatter: (p: { value: unknown }) => (p.value === null ? '' : data.formatValue(Number(p.value))),
      },
    })),
  };
};
