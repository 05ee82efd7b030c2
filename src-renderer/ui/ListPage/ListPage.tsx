import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordView } from '../../platform/data/useRecordView';
import { type ChoosableColumn, ColumnChooser } from '../DataTable/ColumnChooser';
import { DataTable, type DataTableProps } from '../DataTable/DataTable';
import type { ColumnSizes } from '../DataTable/useColumnSizes';
import type { HiddenColumns } from '../DataTable/useHiddenColumns';
import { LoadFailed } from '../LoadFailed';
import { SearchBox } from '../SearchBox';
import type { ListState, ListStateControl } from './useListState';
import './ListPage.css';

/** What the page says about its table; rows, sort and paging come from `view` and `list`. */
type TableProps<T> = Omit<
  DataTableProps<T>,
  | 'rows'
  | 'total'
  | 'sort'
  | 'onSortChange'
  | 'page'
  | 'onPageChange'
  | 'loading'
  | 'empty'
  | 'columnVisibility'
  | 'columnSizing'
  | 'onColumnSizingChange'
>;

export type ListPageProps<T, S extends ListState> = {
  /** The page's own classes beside `list-page` (they scope its styles; `records-page` is the dense variant). */
  className: string;
  list: ListStateControl<S>;
  view: RecordView<T>;
  /** The search box's placeholder; left out, the list has no search (its filters narrow it). */
  searchPlaceholder?: string;
  /** "12 companies"; left blank while the first page loads. */
  count(total: number): string;
  countTestId: string;
  /** Controls in the toolbar between the search and the count (e.g. a status filter). */
  toolbarFilters?: ReactNode;
  /** The columns the user may hide, and their choice: a chooser after the count. */
  chooser?: { columns: readonly ChoosableColumn[]; hidden: HiddenColumns };
  /** The widths the user gave the columns (resize handles on every header). */
  sizes?: ColumnSizes;
  /** The toolbar's main action ("New …"). */
  action?: ReactNode;
  /** A row of filters under the toolbar. */
  filters?: ReactNode;
  table: TableProps<T>;
  /** Whether the search or a filter narrows the list: an empty table then says `emptyFiltered`. */
  filtered: boolean;
  emptyFiltered: string;
  /** What an empty table shows when nothing narrows it (there are no records yet). */
  empty: ReactNode;
  /** Dialogs the page opens. */
  children?: ReactNode;
};

/**
 * A records table page: a toolbar (search, count, column chooser, main action), optional filters, and a
 * table sorted and paged on the server.
 */
export const ListPage = <T, S extends ListState>({
  className,
  list,
  view,
  searchPlaceholder,
  count,
  countTestId,
  toolbarFilters,
  chooser,
  sizes,
  action,
  filters,
  table,
  filtered,
  emptyFiltered,
  empty,
  children,
}: ListPageProps<T, S>) => {
  const { t } = useTranslation();
  return (
    <div className={`list-page ${className}`}>
      <div className="toolbar">
        {searchPlaceholder === undefined ? null : (
          <SearchBox
            className="toolbar-search"
            label={t('common.actions.search')}
            placeholder={searchPlaceholder}
            value={list.state.search}
            onChange={(search) => list.filter({ search } as Partial<S>)}
          />
        )}
        {toolbarFilters}
        <span className="toolbar-count muted num" data-testid={countTestId}>
          {view.status !== 'ready' && view.rows.length === 0 ? '' : count(view.total)}
        </span>
        {chooser ? (
          <ColumnChooser
            label={t('table.columns')}
            title={t('table.columnsLabel')}
            columns={chooser.columns}
            hidden={chooser.hidden.hidden}
            onChange={chooser.hidden.setHidden}
          />
        ) : null}
        {action}
      </div>
      {filters}
      <DataTable
        {...table}
        rows={view.rows}
        total={view.total}
        sort={list.state.sort}
        onSortChange={list.setSort}
        page={list.state.page}
        onPageChange={list.setPage}
        loading={view.status === 'loading'}
        columnVisibility={chooser?.hidden.visibility}
        columnSizing={sizes?.sizing}
        onColumnSizingChange={sizes?.setSizing}
        empty={
          // A failed load is never "no records yet": it says so and offers to try again.
          view.status === 'error' ? (
            <LoadFailed onRetry={view.refetch} />
          ) : filtered ? (
            <p className="muted">{emptyFiltered}</p>
          ) : (
            empty
          )
        }
      />
      {children}
    </div>
  );
};
