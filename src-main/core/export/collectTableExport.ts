import type { ExportCell, ExportColumnKind, TableExport } from './TableExport';

/** Rows read per list call: the table's own query, page after page. */
const PAGE = 500;

/** One written column: its header, how its values are written, and the value of a row. */
export type ExportColumnOf<Row> = { label: string; kind: ExportColumnKind; cell(row: Row): ExportCell };

/**
 * A table view as an export: `page` runs the table's own list query (its filters and sort) at
 * an offset, to the end; each row becomes the cells of the visible columns, in their order.
 * A column id may write several columns (an amount and its currency).
 */
export const collectTableExport = <Row, Id extends string>(spec: {
  sheetName: string;
  columns: readonly Id[];
  columnsById: Record<Id, ExportColumnOf<Row>[]>;
  page(offset: number, limit: number): readonly Row[];
  language: 'ru' | 'en';
  timeZone: string;
}): TableExport => {
  const columns = spec.columns.flatMap((id) => spec.columnsById[id]);
  const rows: ExportCell[][] = [];
  for (let offset = 0; ; offset += PAGE) {
    const found = spec.page(offset, PAGE);
    for (const row of found) rows.push(columns.map((column) => column.cell(row)));
    if (found.length < PAGE) break;
  }
  return {
    sheetName: spec.sheetName,
    columns: columns.map(({ label, kind }) => ({ label, kind })),
    rows,
    language: spec.language,
    timeZone: spec.timeZone,
  };
};
