import type { EChartsOption } from 'echarts';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import * as fontkit from 'fontkit';
import { reportFontPaths } from './reportFonts';

echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

type Face = Pick<fontkit.Font, 'unitsPerEm' | 'layout'>;

const openFace = (path: string): Face => {
  const font = fontkit.openSync(path);
  if ('fonts' in font) throw new Error(`${path} is a font collection, not one font`);
  return font;
};

/** The report font's two faces, opened at the first chart. */
let faces: { normal: Face; bold: Face } | null = null;
const reportFaces = () => {
  if (!faces) {
    const paths = reportFontPaths();
    faces = { normal: openFace(paths.normal), bold: openFace(paths.bold) };
  }
  return faces;
};

/**
 * ECharts lays a chart out by the width of each label. Server-side it has no canvas and guesses
 * from Arial's widths (a whole em for any letter outside ASCII), while the PDF draws the labels in
 * the report font: digits and dashes came out wider than laid out (a legend naming two date
 * ranges ran off the chart) and Cyrillic narrower. The widths come from the font itself.
 */
const measureText = (text: string, font?: string): { width: number } => {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
  const face = /\bbold\b|\b[6-9]00\b/.test(font ?? '') ? reportFaces().bold : reportFaces().normal;
  return { width: (face.layout(text).advanceWidth / face.unitsPerEm) * size };
};

echarts.setPlatformAPI({ measureText });

/** An ECharts option rendered server-side to an SVG string (vector in the PDF). */
export const renderChartSvg = (option: EChartsOption, width: number, height: number): string => {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
};
