import { SEARCH_TEXT_MAX_LENGTH } from '@shared/contract/searchLimits';
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { RecordView } from '../../../src-renderer/platform/data/useRecordView';
import { createI18n } from '../../../src-renderer/platform/createI18n';
import { resources } from '@shared/i18n/resources';
import type { HiddenColumns } from '../../../src-renderer/ui/DataTable/useHiddenColumns';
import { ListPage } from '../../../src-renderer/ui/ListPage/ListPage';
import { stringFilters } from '../../../src-renderer/ui/ListPage/listUrl';
import { type ListState, useListState } from '../../../src-renderer/ui/ListPage/useListState';

// Also makes this instance the one react-i18next's useTranslation reads.
const i18n = createI18n('en', resources['en'].translation);

type Row = { id: string; name: string };
type State = ListState & { kind: string };
const INITIAL: State = {
  search: '',
  kind: '',
  sort: { id: 'name', desc: false },
  page: { pageIndex: 0, pageSize: 25 },
};
const FILTERS = stringFilters<State>({ kind: { empty: '', accepts: () => true } });
// The list reads its state from the URL hash as it first renders (effects do not run here).
vi.stubGlobal('window', { location: { hash: '#/things' } });
const column = createColumnHelper<Row>();
const COLUMNS = [column.accessor('name', { header: 'Name' }), column.accessor('id', { header: 'Id' })] as ColumnDef<
  Row,
  unknown
>[];

const render = (
  view: RecordView<Row>,
  options: { filtered?: boolean; hidden?: HiddenColumns; noSearch?: boolean } = {},
) => {
  const Page = () => {
    const list = useListState(INITIAL, (id) => id === 'name', FILTERS);
    return createElement(ListPage<Row, State>, {
      className: 'records-page things-page',
      list,
      view,
      searchPlaceholder: options.noSearch ? undefined : 'Name or code',
      count: (total) => `${total} things`,
      countTestId: 'things-count',
      action: createElement('button', { type: 'button' }, 'New thing'),
      chooser: options.hidden
        ? { columns: [{ id: 'name', label: 'Name', locked: true }], hidden: options.hidden }
        : undefined,
      table: { label: 'Things', columns: COLUMNS, getRowId: (row) => row.id },
      filtered: options.filtered ?? false,
      emptyFiltered: 'Nothing matches',
      empty: createElement('p', null, 'No things yet'),
    });
  };
  return renderToStaticMarkup(createElement(Page));
};

const ready = (rows: Row[]): RecordView<Row> => ({
  rows,
  total: rows.length,
  status: 'ready',
  refetch: () => undefined,
});

describe('the list page shell', () => {
  it('has a labelled search box, the count and the main action in its toolbar', () => {
    const html = render(ready([{ id: 'r1', name: 'Север' }]));
    expect(html).toContain('<div class="list-page records-page things-page"><div class="toolbar">');
    expect(html).toContain(
      `<input class="input" type="search" aria-label="${i18n.t('common.actions.search')}" placeholder="Name or code" maxLength="${SEARCH_TEXT_MAX_LENGTH}" value=""/>`,
    );
    expect(html).toContain('<span class="toolbar-count muted num" data-testid="things-count">1 things</span>');
    expect(html).toContain('<button type="button">New thing</button>');
    expect(html).toMatch(/<table aria-label="Things"[ >]/);
    expect(html).toContain('Север');
  });

  it('has no search box when the page gives no placeholder (a list narrowed by its filters only)', () => {
    const html = render(ready([{ id: 'r1', name: 'Север' }]), { noSearch: true });
    expect(html).not.toContain('type="search"');
    expect(html).toContain('data-testid="things-count">1 things</span>');
  });

  it('leaves the count blank while the first page loads', () => {
    const html = render({ rows: [], total: 0, status: 'loading', refetch: () => undefined });
    expect(html).toContain('data-testid="things-count"></span>');
  });

  it('says "nothing matches" when filtered, else shows the empty state', () => {
    expect(render(ready([]))).toContain('No things yet');
    const filtered = render(ready([]), { filtered: true });
    expect(filtered).toContain('<p class="muted">Nothing matches</p>');
    expect(filtered).not.toContain('No things yet');
  });

  it('offers the column chooser only with columns to choose, and hides what the user hid', () => {
    expect(render(ready([]))).not.toContain(i18n.t('table.columns'));
    const hidden: HiddenColumns = { hidden: ['id'], visibility: { id: false }, setHidden: () => undefined };
    const html = render(ready([{ id: 'r1', name: 'Север' }]), { hidden });
    expect(html).toContain(i18n.t('table.columns'));
    expect(html).not.toContain('data-column="id"');
    expect(html).toContain('data-column="name"');
  });
});
