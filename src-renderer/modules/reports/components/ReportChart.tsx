import type { ReportChart as Chart } from '@shared/reports/ReportChart';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the report's charts use: the chunk of this page carries ECharts, nothing else does.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** One of the report's charts, drawn from the same option the PDF renders; follows its box's size. */
export const ReportChart = ({ chart }: { chart: Chart }) => {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const instance = echarts.init(element, null, { renderer: 'svg' });
    instance.setOption(chart.option);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
    };
  }, [chart.option]);
  return (
    <figure className="report-chart card" data-testid={`report-chart-${chart.key}`}>
      <figcaption className="report-section-title">{chart.title}</figcaption>
      <div ref={box} className="report-chart-canvas" role="img" aria-label={chart.title} />
    </figure>
  );
};
