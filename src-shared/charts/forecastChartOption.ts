import type { EChartsOption } from 'echarts';
import { baseOption, CHART_COLORS, type ChartTextOptions, VALUE_LABEL } from './chartTheme';

export type ForecastChartData = {
  months: readonly string[];
  /** Weighted value per month, in major units. */
  weighted: readonly number[];
  name: string;
  formatMoney: (value: number) => string;
};

/**
 * Above six months the labels crowd a half-width chart (Analytics puts two side by side): month
 * names turn, and the values (there in the tooltip and the table) give way to the bars.
 */
const MONTHS_WITH_LABELS = 6;

/** Weighted pipeline by expected close month. */
export const forecastChartOption = (data: ForecastChartData, text: ChartTextOptions): EChartsOption => ({
  ...baseOption(text),
  legend: { top: 0, right: 0 },
  xAxis: {
    type: 'category',
    data: [...data.months],
    axisLabel: { interval: 0, rotate: data.months.length > MONTHS_WITH_LABELS ? 40 : 0 },
  },
  // Whole units: the labels are rounded to them, so an all-zero forecast (the deals in another
  // currency than the workspace's) stepped by 0.2 and read «1, 1, 1, 0, 0, 0».
  yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (value: number) => text.formatNumber(value) } },
  series: [
    {
      type: 'bar',
      name: data.name,
      data: [...data.weighted],
      itemStyle: { color: CHART_COLORS.weighted },
      barMaxWidth: 36,
      label: {
        ...VALUE_LABEL,
        show: data.months.length <= MONTHS_WITH_LABELS,
        position: 'top',
        formatter: (p: { value: unknown }) => data.formatMoney(Number(p.value)),
      },
    },
  ],
});
