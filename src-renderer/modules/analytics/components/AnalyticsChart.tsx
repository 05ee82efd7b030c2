import type { EChartsOption } from 'echarts';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { type ReactNode, useEffect, useRef } from 'react';

// Only what the page's charts use; ECharts lives in the chunks of the pages that draw charts.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartClick = { seriesIndex: number; dataIndex: number };

type Props = {
  id: string;
  title: string;
  /** A second line under the title (a share, a note). */
  note?: ReactNode;
  option: EChartsOption | null;
  /** Said instead of an empty chart. */
  emptyText: string;
  onSegmentClick?: (click: ChartClick) => void;
  wide?: boolean;
};

/**
 * One chart of the page, drawn as SVG and sized by its box; a click on a bar or a point reports
 * which series and category it was (the page lists the deals behind it).
 */
export const AnalyticsChart = ({ id, title, note, option, emptyText, onSegmentClick, wide }: Props) => {
  const box = useRef<HTMLDivElement>(null);
  const onClick = useRef(onSegmentClick);
  useEffect(() => {
    onClick.current = onSegmentClick;
  });
  useEffect(() => {
    const element = box.current;
    if (!element || !option) return undefined;
    const instance = echarts.init(element, null, { renderer: 'svg' });
    instance.setOption(option);
    instance.on('click', (params) => {
      if (typeof params.dataIndex === 'number' && typeof params.seriesIndex === 'number') {
        onClick.current?.({ seriesIndex: params.seriesIndex, dataIndex: params.dataIndex });
      }
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
    };
  }, [option]);
  return (
    <figure className={`analytics-chart card${wide ? ' wide' : ''}`} data-testid={`analytics-chart-${id}`}>
      <figcaption className="analytics-section-title">
        {title}
        {note ? <span className="analytics-chart-note">{note}</span> : null}
      </figcaption>
      {option ? (
        <div
          ref={box}
          className={`analytics-chart-canvas${onSegmentClick ? ' clickable' : ''}`}
          role="img"
          aria-label={title}
        />
      ) : (
        <p className="analytics-chart-empty">{emptyText}</p>
      )}
    </figure>
  );
};
