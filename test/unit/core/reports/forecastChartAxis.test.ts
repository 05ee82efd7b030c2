import { describe, expect, it } from 'vitest';
import { forecastChartOption } from '@shared/charts/forecastChartOption';
import { renderChartSvg } from '../../../../src-main/core/reports/renderChartSvg';

/** The texts of an SVG chart, in drawing order. */
const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);

const chartOf = (weighted: number[]) =>
  renderChartSvg(
    forecastChartOption(
      {
        months: weighted.map((_, index) => `M${index + 1}`),
        weighted,
        name: 'Weighted',
        formatMoney: (value) => `$${value}`,
      },
      { formatNumber: (value) => new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(value) },
    ),
    480,
    260,
  );

describe('the weighted forecast chart’s value axis', () => {
  it('steps by whole units: an all-zero forecast (deals in another currency) read «1, 1, 1, 0, 0, 0»', () => {
    const labels = texts(chartOf([0])).filter((text) => /^\d[\d,]*$/.test(text));
    expect(labels.length).toBeGreaterThan(1);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('still spreads a large forecast over round steps', () => {
    const labels = texts(chartOf([894_300, 6_162_950, 7_874_600])).filter((text) => /^\d[\d,]*$/.test(text));
    expect(labels).toContain('0');
    expect(new Set(labels).size).toBe(labels.length);
  });
});
