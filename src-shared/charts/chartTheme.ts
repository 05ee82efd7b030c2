/** Colours and type shared by the app's charts and the PDF's (ECharts server-side to SVG). */
export const CHART_COLORS = {
  current: '#2563eb',
  previous: '#a5b4cb',
  weighted: '#0f766e',
  loss: '#dc2626',
  text: '#1f2937',
  grid: '#e5e7eb',
} as const;

export type ChartTextOptions = {
  /** The PDF passes its embedded font; the app leaves the browser's. */
  fontFamily?: string;
  /** Formats axis and label numbers in the report language. */
  formatNumber: (value: number) => string;
};

export const baseOption = (text: ChartTextOptions) => ({
  animation: false,
  textStyle: { color: CHART_COLORS.text, ...(text.fontFamily ? { fontFamily: text.fontFamily } : {}) },
  grid: {
    left: 8,
    right: 16,
    top: 36,
    bottom: 8,
    outerBoundsMode: 'same' as const,
    outerBoundsContain: 'axisLabel' as const,
  },
});

/** Value labels drawn in the text colour without a halo (the PDF's SVG renderer paints halos solid). */
export const VALUE_LABEL = { color: CHART_COLORS.text, textBorderWidth: 0, fontSize: 11 } as const;
