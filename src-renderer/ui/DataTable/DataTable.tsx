import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type PaginationState,
  type SortingState,
  type Updater,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import type { MouseEvent, ReactNode } from 'react';
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
};

/** Clicks on controls inside a row do their own thing, not the row's. */
const isOnControl = (event: MouseEvent) =>
  event.target instanceof Element && event.target.closest('a, button, input, select, textarea, label') !== null;

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
    state: { sorting, pagination: page, columnVisibility },
    onSortingChange: (updater) => {
      const [next] = apply(updater, sorting);
      onSortChange(next ? { id: next.id, desc: next.desc } : null);
      onPageChange({ ...page, pageIndex: 0 });
    },
    onPaginationChange: (updater) => onPageChange(apply(updater, page)),
  });
  const numeric = new Set(numericColumns);

  return (
    <div className="data-table card" aria-busy={loading}>
      <div className="data-table-scroll">
        <table aria-label={label}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const title = flexRender(header.column.columnDef.header, header.getContext());
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
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          {title}
                          <Icon
                            name={sorted === 'asc' ? 'sortAsc' : sorted === 'desc' ? 'sortDesc' : 'sortNone'}
                            size={14}
                          />
                        </button>
                      ) : (
                        <span className="header-text">{title}</span>
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr
                key={row.id}
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
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && !loading ? <div className="data-table-empty">{empty}</div> : null}
        {rows.length === 0 && loading ? <div className="data-table-empty muted">{t('common.loading')}</div> : null}
      </div>
      <Pagination page={page} total={total} pageSizes={pageSizes} onPageChange={onPageChange} />
    </div>
  );
};
