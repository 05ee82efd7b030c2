import type { EChartsOption } from 'echarts';
import { baseOption, CHART_COLORS, type ChartTextOptions, VALUE_LABEL } from './chartTheme';

export type LossReasonsChartData = { reasons: readonly string[]; counts: readonly number[]; name: string };

/** Deals lost per reason, most frequent at the top. */
export const lossReasonsChartOption = (data: LossReasonsChartData, text: ChartTextOptions): EChartsOption => ({
  ...baseOption(text),
  legend: { top: 0, right: 0 },
  xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (value: number) => text.formatNumber(value) } },
  yAxis: { type: 'category', data: [...data.reasons].reverse(), axisLabel: { width: 240, overflow: 'truncate' } },
  series: [
    {
      type: 'bar',
      name: data.name,
      data: [...data.counts].reverse(),
      itemStyle: { color: CHART_COLORS.loss },
      barMaxWidth: 22,
      label: {
        ...VALUE_LABEL,
        show: true,
        position: 'right',
        formatter: (p: { value: unknown }) => text.formatNumber(Number(p.value)),
      },
    },
  ],
});
