import type { Content } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../../src-main/core/reports/ReportDocument';
import { sectionTable } from '../../../../src-main/core/reports/renderPdf';
import type { ReportSection } from '@shared/reports/ReportSection';

const document: ReportDocument = {
  language: 'ru',
  currency: 'RUB',
  title: 'Отчёт',
  label: '2026-W48',
  periodName: '',
  periodLine: '',
  asOfLine: '',
  compareLine: null,
  filtersLine: '',
  sections: [],
  charts: [],
  json: null,
};

/** The reps table's shape: a name and eleven figures, "won" right before "revenue". */
const reps: ReportSection = {
  key: 'reps',
  title: 'Менеджеры',
  columns: [
    { key: 'rep', label: 'Менеджер', format: 'text' },
    ...Array.from({ length: 11 }, (_, index) => ({
      key: `figure${index}`,
      label: `Показатель ${index}`,
      format: index === 6 ? ('money' as const) : ('int' as const),
    })),
  ],
  rows: [{ cells: ['Зимин Сила Иосипович', 23, 5, 16, 4, 2, 1, 175_000_00, 0, 9, 1, 1] }],
};

type TableLayout = { paddingLeft(index: number): number; paddingRight(index: number): number };

const layoutOf = (content: Content): TableLayout => {
  const [, table] = (content as { stack: [unknown, { layout: TableLayout }] }).stack;
  return table.layout;
};

describe('the PDF report table', () => {
  it('keeps two figures of the twelve-column reps table 8 pt apart, so "1" and "175 000 ₽" stay two figures', () => {
    const layout = layoutOf(sectionTable(document, reps));
    expect(layout.paddingRight(6) + layout.paddingLeft(7)).toBeGreaterThanOrEqual(8);
  });
});
