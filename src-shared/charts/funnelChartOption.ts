import type { EChartsOption } from 'echarts';
import { baseOption, CHART_COLORS, type ChartTextOptions, VALUE_LABEL } from './chartTheme';

export type FunnelChartData = {
  steps: readonly string[];
  current: { name: string; values: readonly number[] };
  previous: { name: string; values: readonly number[] } | null;
};

/** Deals that entered each funnel step, the period beside the previous one. */
export const funnelChartOption = (data: FunnelChartData, text: ChartTextOptions): EChartsOption => {
  const series = [data.previous, data.current].flatMap((entry, index) =>
    entry
      ? [
          {
            type: 'bar' as const,
            name: entry.name,
            data: [...entry.values],
            itemStyle: { color: index === 0 ? CHART_COLORS.previous : CHART_COLORS.current },
            label: {
              ...VALUE_LABEL,
              show: true,
              position: 'top' as const,
              formatter: (p: { value: unknown }) => text.formatNumber(Number(p.value)),
            },
            barMaxWidth: 36,
          },
        ]
      : [],
  );
  return {
    ...baseOption(text),
    legend: { top: 0, right: 0 },
    xAxis: { type: 'category', data: [...data.steps], axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (value: number) => text.formatNumber(value) } },
    series,
  };
};
