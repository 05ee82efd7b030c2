import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordHash } from '../../../app/useHashRecordId';
import { ColumnChooser } from '../../../ui/DataTable/ColumnChooser';
import { DataTable } from '../../../ui/DataTable/DataTable';
import { useHiddenColumns } from '../../../ui/DataTable/useHiddenColumns';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useCompaniesView } from '../hooks/useCompaniesView';
import { defaultHiddenCompanyColumns, NUMERIC_COMPANY_COLUMNS, useCompanyColumns } from '../hooks/useCompanyColumns';
import { useCompanyFacets } from '../hooks/useCompanyFacets';
import {
  type CompaniesTableState,
  hasCompanyFilters,
  INITIAL_COMPANIES_TABLE,
  isCompanySortField,
  toCompaniesQuery,
} from '../utils/toCompaniesQuery';
import { CompanyFilters } from './CompanyFilters';
import { CompanyFormDialog } from './CompanyFormDialog';
import './CompaniesPage.css';

/** The companies table: search, filters, server-side sort and paging, a column chooser. */
export const CompaniesPage = () => {
  const { t } = useTranslation();
  const [table, setTable] = useState<CompaniesTableState>(INITIAL_COMPANIES_TABLE);
  const [creating, setCreating] = useState(false);
  const search = useDebouncedValue(table.search, 250);
  const facets = useCompanyFacets();
  const { columns, choosable } = useCompanyColumns();
  const hiddenColumns = useHiddenColumns('voronka.columns.companies', defaultHiddenCompanyColumns(window.innerWidth));
  const view = useCompaniesView('companies.table', toCompaniesQuery({ ...table, search }));
  const filtered = hasCompanyFilters({ ...table, search });
  const update = (patch: Partial<CompaniesTableState>) => setTable((current) => ({ ...current, ...patch }));
  const firstPage = { ...table.page, pageIndex: 0 };

  const newCompanyButton = (
    <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
      <Icon name="plus" size={18} />
      {t('companies.newCompany')}
    </button>
  );

  return (
    <div className="records-page companies-page">
      <div className="toolbar">
        <div className="input-with-icon toolbar-search">
          <Icon name="search" size={18} />
          <input
            className="input"
            type="search"
            aria-label={t('common.actions.search')}
            placeholder={t('companies.searchPlaceholder')}
            value={table.search}
            onChange={(event) => update({ search: event.target.value, page: firstPage })}
          />
        </div>
        <span className="toolbar-count muted num" data-testid="companies-count">
          {view.status === 'loading' && view.rows.length === 0 ? '' : t('companies.count', { count: view.total })}
        </span>
        <ColumnChooser
          label={t('companies.columns')}
          title={t('companies.columnsLabel')}
          columns={choosable}
          hidden={hiddenColumns.hidden}
          onChange={hiddenColumns.setHidden}
        />
        {newCompanyButton}
      </div>
      <CompanyFilters state={table} facets={facets} onChange={(patch) => update({ ...patch, page: firstPage })} />
      <DataTable
        label={t('pages.companies.title')}
        columns={columns}
        rows={view.rows}
        total={view.total}
        getRowId={(company) => company.id}
        sort={table.sort}
        onSortChange={(sort) =>
          update({ sort: sort && isCompanySortField(sort.id) ? sort : INITIAL_COMPANIES_TABLE.sort })
        }
        page={table.page}
        onPageChange={(page) => update({ page })}
        loading={view.status === 'loading'}
        numericColumns={NUMERIC_COMPANY_COLUMNS}
        columnVisibility={hiddenColumns.visibility}
        onRowClick={(company) => {
          window.location.hash = recordHash('companies', company.id);
        }}
        empty={
          filtered ? (
            <p className="muted">{t('companies.emptyFiltered')}</p>
          ) : (
            <EmptyState
              icon="companies"
              title={t('companies.empty.title')}
              body={t('companies.empty.body')}
              action={newCompanyButton}
            />
          )
        }
      />
      <CompanyFormDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
};
