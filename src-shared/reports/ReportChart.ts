import type { EChartsOption } from 'echarts';

/** A chart of the report: the ECharts option the page draws and the PDF renders to SVG. */
export type ReportChart = { key: string; title: string; option: EChartsOption };
