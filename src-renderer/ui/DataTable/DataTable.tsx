import {
  type Cell,
  type ColumnDef,
  type ColumnSizingState,
  flexRender,
  getCoreRowModel,
  type Header,
  type PaginationState,
  type SortingState,
  type Updater,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import type { MouseEvent, ReactNode } from 'react';
import { ColumnResizer } from './ColumnResizer';
import { useTranslation } from 'react-i18next';
import { Icon } from '../Icon';
import { PAGE_SIZES, Pagination } from './Pagination';
import type { SortState } from './SortState';
import './DataTable.css';

export type DataTableProps<T> = {
  label: string;
  columns: ColumnDef<T, unknown>[];
  rows: T[];
  total: number;
  getRowId(row: T): string;
  sort: SortState;
  onSortChange(sort: SortState): void;
  page: PaginationState;
  onPageChange(page: PaginationState): void;
  pageSizes?: readonly number[];
  loading?: boolean;
  /** Column ids whose cells are numbers: right-aligned, tabular figures. */
  numericColumns?: readonly string[];
  empty: ReactNode;
  /** Column ids mapped to false are hidden (the column chooser's choice). */
  columnVisibility?: VisibilityState;
  /** A click anywhere on a row (not on a link or button inside it) opens the record. */
  onRowClick?(row: T): void;
  /** `data-*` attributes of a row's `<tr>` (e.g. what "A" logs on while focus is in the row). */
  rowData?(row: T): Record<`data-${string}`, string>;
  /**
   * Widths the user dragged, by column id; with `onColumnSizingChange` every column gets a
   * resize handle. Columns are laid out at their `size` (never under `minSize`).
   */
  columnSizing?: ColumnSizingState;
  onColumnSizingChange?(sizing: ColumnSizingState): void;
  /** The column that takes the room the others leave (the record's name) until the user sizes it. */
  flexColumn?: string;
  /**
   * A grouped table's header rows (each a `<tr>` spanning `colSpan` cells): those before the row
   * at a page index, and those after the page's last row (groups folded away at the end).
   */
  groupRows?: { before(index: number, colSpan: number): ReactNode; after(colSpan: number): ReactNode };
};

/** Clicks on controls inside a row do their own thing, not the row's. */
const isOnControl = (event: MouseEvent) =>
  event.target instanceof Element && event.target.closest('a, button, input, select, textarea, label') !== null;

/** A header's words for a tooltip or a label: what its renderer returns when that is text. */
const headerText = <T,>(header: Header<T, unknown>): string => {
  const render = header.column.columnDef.header;
  const text = typeof render === 'function' ? render(header.getContext()) : render;
  return typeof text === 'string' ? text : header.column.id;
};

/**
 * A cell's content. Its renderer is called, not mounted as a component (flexRender's way): a page
 * remakes its column definitions when a message bundle or a list they read arrives (opening the
 * deal drawer does), and a new renderer mounted as a component would replace every cell's
 * elements — a focused link among them. Renderers therefore use no hooks; a cell with state
 * renders a component of its own.
 */
const renderCell = <T,>(cell: Cell<T, unknown>): ReactNode => {
  const render = cell.column.columnDef.cell;
  return typeof render === 'function' ? render(cell.getContext()) : render;
};

/** A column without its own sizes: wide enough for a short value and its header. */
const DEFAULT_COLUMN = { size: 140, minSize: 72, maxSize: 800 };

const apply = <S,>(updater: Updater<S>, current: S): S =>
  typeof updater === 'function' ? (updater as (old: S) => S)(current) : updater;

/**
 * A table whose sorting and paging happen on the server: it renders one page and reports what
 * the user asked for (header click, page change) to the owner, which refetches.
 */
export const DataTable = <T,>({
  label,
  columns,
  rows,
  total,
  getRowId,
  sort,
  onSortChange,
  page,
  onPageChange,
  pageSizes = PAGE_SIZES,
  loading = false,
  numericColumns = [],
  empty,
  columnVisibility = {},
  onRowClick,
  rowData,
  columnSizing = {},
  onColumnSizingChange,
  flexColumn,
  groupRows,
}: DataTableProps<T>) => {
  const { t } = useTranslation();
  const sorting: SortingState = sort ? [sort] : [];
  // The app does not use the React Compiler; this component re-renders with every new page anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    rowCount: total,
    defaultColumn: DEFAULT_COLUMN,
    enableColumnResizing: onColumnSizingChange !== undefined,
    columnResizeMode: 'onChange',
    state: { sorting, pagination: page, columnVisibility, columnSizing },
    onColumnSizingChange: (updater) => onColumnSizingChange?.(apply(updater, columnSizing)),
    onSortingChange: (updater) => {
      const [next] = apply(updater, sorting);
      onSortChange(next ? { id: next.id, desc: next.desc } : null);
      onPageChange({ ...page, pageIndex: 0 });
    },
    onPaginationChange: (updater) => onPageChange(apply(updater, page)),
  });
  const numeric = new Set(numericColumns);
  const colSpan = table.getVisibleLeafColumns().length;
  const trailing = groupRows?.after(colSpan) ?? null;
  // The flex column has no width of its own until sized, so it takes what is left; the table is
  // never narrower than every column at its size, so a column is never squeezed below it (the
  // card scrolls sideways instead).
  const widthOf = (id: string, size: number) => (id === flexColumn && !(id in columnSizing) ? undefined : size);

  return (
    <div className="data-table card" aria-busy={loading}>
      <div className="data-table-scroll">
        <table aria-label={label} style={{ minWidth: table.getTotalSize() }}>
          <colgroup>
            {table.getVisibleLeafColumns().map((column) => (
              <col key={column.id} style={{ width: widthOf(column.id, column.getSize()) }} />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const title = flexRender(header.column.columnDef.header, header.getContext());
                  const titleText = headerText(header);
                  const className = numeric.has(header.column.id) ? 'is-numeric' : undefined;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={className}
                      data-column={header.column.id}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          className={sorted ? 'sort-button is-sorted' : 'sort-button'}
                          title={titleText}
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          <span className="header-text">{title}</span>
                          <Icon
                            name={sorted === 'asc' ? 'sortAsc' : sorted === 'desc' ? 'sortDesc' : 'sortNone'}
                            size={14}
                          />
                        </button>
                      ) : (
                        <span className="header-text" title={titleText}>
                          {title}
                        </span>
                      )}
                      {header.column.getCanResize() ? (
                        <ColumnResizer
                          label={t('table.resizeColumn', { column: titleText })}
                          size={header.column.getSize()}
                          min={header.column.columnDef.minSize ?? DEFAULT_COLUMN.minSize}
                          max={header.column.columnDef.maxSize ?? DEFAULT_COLUMN.maxSize}
                          resizing={header.column.getIsResizing()}
                          onDragStart={header.getResizeHandler()}
                          onResize={(size) => table.setColumnSizing((old) => ({ ...old, [header.column.id]: size }))}
                          onReset={() => header.column.resetSize()}
                        />
                      ) : null}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row, index) => [
              groupRows?.before(index, colSpan),
              <tr
                key={row.id}
                {...rowData?.(row.original)}
                className={onRowClick ? 'is-clickable' : undefined}
                onClick={
                  onRowClick
                    ? (event) => {
                        if (!isOnControl(event)) onRowClick(row.original);
                      }
                    : undefined
                }
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={numeric.has(cell.column.id) ? 'is-numeric' : undefined}
                    data-column={cell.column.id}
                  >
                    {renderCell(cell)}
                  </td>
                ))}
              </tr>,
            ])}
            {trailing}
          </tbody>
        </table>
        {rows.length === 0 && !loading && !trailing ? <div className="data-table-empty">{empty}</div> : null}
        {rows.length === 0 && loading ? <div className="data-table-empty muted">{t('common.loading')}</div> : null}
      </div>
      <Pagination page={page} total={total} pageSizes={pageSizes} onPageChange={onPageChange} />
    </div>
  );
};
