import type pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { createTranslator } from './createTranslator';
import { formatCell } from '@shared/reports/formatCell';
import { formatOf, type ReportSection } from '@shared/reports/ReportSection';
import type { renderChartSvg } from './renderChartSvg';
import type { ReportDocument } from './ReportDocument';
import { REPORT_FONT, reportFontPaths } from './reportFonts';

const PAGE_WIDTH = 595.28;
const MARGIN = 36;
/** Room under a section title, in points, for it to start on the page: the title, a table head, three rows. */
const SECTION_START_ROOM = 100;
/** Each side of a table cell, in points: two figures side by side stay 8 pt apart. */
const CELL_PADDING = 4;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const MUTED = '#6b7280';
const HEADER_FILL = '#e8eef7';
const ZEBRA_FILL = '#f7f9fc';

type Pdfmake = typeof pdfmake;
type RenderChartSvg = typeof renderChartSvg;

let loaded: Promise<{ pdfmake: Pdfmake; renderChartSvg: RenderChartSvg }> | null = null;

/**
 * pdfmake and ECharts (~60 MB and most of a second to load together) come with the first PDF, not
 * with every start of the core. The report reads only its two font files (the charts' SVG text
 * opens them by path too) and never a URL.
 */
const loadRenderers = () =>
  (loaded ??= Promise.all([import('pdfmake'), import('./renderChartSvg')]).then(([module, charts]) => {
    configure(module.default);
    return { pdfmake: module.default, renderChartSvg: charts.renderChartSvg };
  })).catch((error: unknown) => {
    loaded = null;
    throw error;
  });

const configure = (pdfmake: Pdfmake) => {
  const files = reportFontPaths();
  pdfmake.setFonts({
    [REPORT_FONT]: { normal: files.normal, bold: files.bold, italics: files.normal, bolditalics: files.bold },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path === files.normal || path === files.bold);
};

/**
 * The first column takes what the figures leave; in the funnel table the step names come first
 * instead and the four figures share the rest, since their headers (figure and period) are long
 * enough to squeeze the steps to «Consideratio / n».
 */
const columnWidths = (section: ReportSection): ('*' | 'auto')[] =>
  section.key === 'funnel'
    ? section.columns.map((_, index) => (index === 0 ? 'auto' : '*'))
    : section.columns.map((_, index) => (index === 0 ? '*' : 'auto'));

export const sectionTable = (document: ReportDocument, section: ReportSection): Content => {
  const t = createTranslator(document.language);
  const numeric = (index: number) =>
    section.columns[index]?.format !== 'text' && section.columns[index]?.format !== 'month';
  const header: TableCell[] = section.columns.map((column, index) => ({
    text: column.label,
    bold: true,
    alignment: index > 0 && numeric(index) ? 'right' : 'left',
    noWrap: section.key === 'summary',
  }));
  const body: TableCell[][] = section.rows.map((row) =>
    row.cells.map((cell, index) => {
      const format = formatOf(section, row, index);
      const isNumber = typeof cell === 'number' || (cell === null && index > 0 && format !== 'text');
      return {
        text: formatCell(cell, format, document.language, document.currency, t),
        alignment: isNumber ? 'right' : 'left',
        noWrap: isNumber,
      };
    }),
  );
  const empty: TableCell[] = [
    { text: t('kpiReport.values.none'), colSpan: section.columns.length, color: MUTED },
    ...section.columns.slice(1).map(() => ({ text: '' })),
  ];
  // The reps table (eleven figures and the review score) fits the A4 width only a size smaller. Its
  // cells keep the full padding: at 2.5 pt a side, "Won 1" beside "Revenue 175 000 ₽" read as one
  // figure, «1 175 000 ₽», since the gap was no wider than the digit grouping space.
  const wide = section.columns.length > 10;
  return {
    stack: [
      { text: section.title, style: 'section', headlineLevel: 1 },
      {
        ...(wide ? { fontSize: 7 } : {}),
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: columnWidths(section),
          body: [header, ...(body.length === 0 ? [empty] : body)],
        },
        layout: {
          fillColor: (rowIndex: number) => (rowIndex === 0 ? HEADER_FILL : rowIndex % 2 === 0 ? ZEBRA_FILL : null),
          hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
            index === 0 || index === 1 || index === node.table.body.length ? 0.6 : 0,
          vLineWidth: () => 0,
          hLineColor: () => '#9ca3af',
          paddingLeft: () => CELL_PADDING,
          paddingRight: () => CELL_PADDING,
          paddingTop: () => 2.5,
          paddingBottom: () => 2.5,
        },
      },
    ],
    margin: [0, 0, 0, 10],
  };
};

const chartBlocks = (document: ReportDocument, renderChartSvg: RenderChartSvg): Content[] =>
  document.charts.map((chart) => ({
    stack: [
      { text: chart.title, style: 'chartTitle' },
      {
        svg: renderChartSvg(
          { ...chart.option, textStyle: { ...(chart.option.textStyle as object), fontFamily: REPORT_FONT } },
          760,
          300,
        ),
        width: CONTENT_WIDTH,
      },
    ],
    unbreakable: true,
    margin: [0, 0, 0, 12],
  }));

/** A4 PDF: title and key figures first, then the charts (vector), then every table. */
export const renderPdf = async (document: ReportDocument): Promise<Uint8Array> => {
  const { pdfmake, renderChartSvg } = await loadRenderers();
  const t = createTranslator(document.language);
  const [summary, ...rest] = document.sections;
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN, 54, MARGIN, 46],
    info: { title: `${document.title} ${document.periodName}`, creator: 'Voronka', producer: 'Voronka' },
    defaultStyle: { font: REPORT_FONT, fontSize: 8.5, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      meta: { fontSize: 9, color: MUTED },
      section: { fontSize: 12, bold: true, margin: [0, 6, 0, 5] },
      chartTitle: { fontSize: 10, bold: true, margin: [0, 4, 0, 2] },
    },
    header: () => ({
      columns: [
        { text: document.title, bold: true },
        { text: document.periodLine, alignment: 'right' },
      ],
      margin: [MARGIN, 24, MARGIN, 0],
      fontSize: 8,
      color: MUTED,
    }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: t('kpiReport.footer.generated', { label: document.periodName }) },
        { text: t('kpiReport.footer.page', { page, pages }), alignment: 'right' },
      ],
      margin: [MARGIN, 16, MARGIN, 0],
      fontSize: 8,
      color: MUTED,
    }),
    // A section title never ends a page alone: it starts the next page when less room is left
    // under it than its table's head and first rows need. (Counting the nodes that follow on the
    // page cannot tell: the running header and footer, and a table's head laid out there before
    // it moved on, are among them.)
    pageBreakBefore: (node) =>
      node.headlineLevel === 1 &&
      node.startPosition.pageInnerHeight * (1 - node.startPosition.verticalRatio) < SECTION_START_ROOM,
    content: [
      { text: document.title, style: 'title' },
      { text: document.periodLine, fontSize: 11, margin: [0, 0, 0, 2] },
      { text: [document.asOfLine, document.compareLine ? ` · ${document.compareLine}` : ''].join(''), style: 'meta' },
      { text: document.filtersLine, style: 'meta', margin: [0, 0, 0, 10] },
      ...(summary ? [sectionTable(document, summary)] : []),
      { text: t('kpiReport.sections.charts'), style: 'section', pageBreak: 'before' },
      ...chartBlocks(document, renderChartSvg),
      ...rest.map((section) => sectionTable(document, section)),
    ],
  };
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer);
};
