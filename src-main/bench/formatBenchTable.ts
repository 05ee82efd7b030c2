export type BenchFigure = {
  name: string;
  unit: 'ms' | 's' | '/s' | 'MB' | 'kB' | '%';
  value: number;
  /** The hand-written better-sqlite3 doing the same work, same unit; null when there is none. */
  raw: number | null;
  ratio: number | null;
  target: string | null;
  /** Null when the figure has no target. */
  met: boolean | null;
};

const number = (value: number, unit: BenchFigure['unit']): string =>
  unit === 'ms' || unit === '%'
    ? value.toFixed(value < 10 ? 2 : 1)
    : unit === 's'
      ? value.toFixed(1)
      : Math.round(value).toLocaleString('en');

/** One plain-text table: figure, median, raw baseline, ratio, target and whether it is met. */
export const formatBenchTable = (figures: readonly BenchFigure[]): string => {
  const header = ['figure', 'median', 'raw', 'ratio', 'target', ''];
  const rows = figures.map((figure) => [
    figure.name,
    `${number(figure.value, figure.unit)} ${figure.unit}`,
    figure.raw === null ? '—' : `${number(figure.raw, figure.unit)} ${figure.unit}`,
    figure.ratio === null ? '—' : `${figure.ratio.toFixed(2)}×`,
    figure.target ?? '',
    figure.met === null ? '' : figure.met ? 'ok' : 'MISSED',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 || column >= 4 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
};
