import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src-renderer/platform/createI18n';
import { resources } from '@shared/i18n/resources';
import { DataTable } from '../../../src-renderer/ui/DataTable/DataTable';

createI18n('en', resources['en'].translation);

type Row = { id: string; name: string; city: string };
const column = createColumnHelper<Row>();
const COLUMNS = [
  column.accessor('name', { header: () => 'Name', size: 220, minSize: 160 }),
  column.accessor('city', { header: () => 'City', size: 150, minSize: 90 }),
] as ColumnDef<Row, unknown>[];

const render = (sizing: Record<string, number> | undefined, resizable = true) =>
  renderToStaticMarkup(
    createElement(DataTable<Row>, {
      label: 'Things',
      columns: COLUMNS,
      rows: [{ id: '1', name: 'Север', city: 'Москва' }],
      total: 1,
      getRowId: (row) => row.id,
      sort: null,
      onSortChange: () => undefined,
      page: { pageIndex: 0, pageSize: 25 },
      onPageChange: () => undefined,
      empty: null,
      flexColumn: 'name',
      ...(resizable ? { columnSizing: sizing ?? {}, onColumnSizingChange: () => undefined } : {}),
    }),
  );

describe('data table column sizes', () => {
  it('lays columns out at their sizes; the flex column takes the rest; the table never squeezes them', () => {
    const html = render(undefined);
    expect(html).toContain('<colgroup><col/><col style="width:150px"/></colgroup>');
    expect(html).toContain('style="min-width:370px"');
  });

  it('uses the widths the user set, the flex column included', () => {
    const html = render({ name: 300, city: 120 });
    expect(html).toContain('<colgroup><col style="width:300px"/><col style="width:120px"/></colgroup>');
    expect(html).toContain('style="min-width:420px"');
  });

  it('gives each header a labelled resize handle with its size and bounds', () => {
    const html = render(undefined);
    expect(html).toContain('aria-label="Resize the “City” column"');
    expect(html).toMatch(/role="separator"[^>]*aria-valuenow="150" aria-valuemin="90" aria-valuemax="800"/);
    expect(render(undefined, false)).not.toContain('role="separator"');
  });
});
