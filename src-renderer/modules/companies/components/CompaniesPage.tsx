import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordHash } from '../../../app/useHashRecordId';
import { useColumnSizes } from '../../../ui/DataTable/useColumnSizes';
import { useHiddenColumns } from '../../../ui/DataTable/useHiddenColumns';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { ListPage } from '../../../ui/ListPage/ListPage';
import { useListState } from '../../../ui/ListPage/useListState';
import { COMPANY_EXPORT_COLUMNS } from '@shared/contract/schemas/exports';
import { TableExportMenu } from '../../exports/components/TableExportMenu';
import { exportQuery } from '../../exports/utils/exportQuery';
import { visibleExportColumns } from '../../exports/utils/visibleExportColumns';
import { useCompaniesView } from '../hooks/useCompaniesView';
import { defaultHiddenCompanyColumns, NUMERIC_COMPANY_COLUMNS, useCompanyColumns } from '../hooks/useCompanyColumns';
import { useCompanyFacets } from '../hooks/useCompanyFacets';
import {
  COMPANIES_URL_FILTERS,
  hasCompanyFilters,
  INITIAL_COMPANIES_TABLE,
  isCompanySortField,
  toCompaniesQuery,
} from '../utils/toCompaniesQuery';
import { CompanyFilters } from './CompanyFilters';
import { CompanyFormDialog } from './CompanyFormDialog';
import { SavedViews } from '../../savedViews/components/SavedViews';
import './CompaniesPage.css';

/** The companies table: search, filters, server-side sort and paging, a column chooser. */
export const CompaniesPage = () => {
  const { t } = useTranslation();
  const list = useListState(INITIAL_COMPANIES_TABLE, isCompanySortField, COMPANIES_URL_FILTERS);
  const [creating, setCreating] = useState(false);
  const facets = useCompanyFacets();
  const { columns, choosable } = useCompanyColumns();
  const hiddenColumns = useHiddenColumns('voronka.columns.companies', defaultHiddenCompanyColumns(window.innerWidth));
  const columnSizes = useColumnSizes('voronka.columnSizes.companies');
  const view = useCompaniesView('companies.table', toCompaniesQuery(list.settled));

  const newCompanyButton = (
    <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
      <Icon name="plus" size={18} />
      {t('companies.newCompany')}
    </button>
  );

  return (
    <ListPage
      className="records-page companies-page"
      list={list}
      view={view}
      searchPlaceholder={t('companies.searchPlaceholder')}
      count={(count) => t('companies.count', { count })}
      countTestId="companies-count"
      chooser={{ columns: choosable, hidden: hiddenColumns }}
      sizes={columnSizes}
      action={
        <>
          <TableExportMenu
            view={() => ({
              table: 'companies',
              query: exportQuery(toCompaniesQuery(list.settled)),
              columns: visibleExportColumns(COMPANY_EXPORT_COLUMNS, hiddenColumns.hidden),
            })}
          />
          {newCompanyButton}
        </>
      }
      filters={
        <>
          <SavedViews list="companies" hidden={hiddenColumns} sizes={columnSizes} />
          <CompanyFilters state={list.state} facets={facets} onChange={list.filter} />
        </>
      }
      table={{
        label: t('pages.companies.title'),
        columns,
        getRowId: (company) => company.id,
        numericColumns: NUMERIC_COMPANY_COLUMNS,
        flexColumn: 'name',
        onRowClick: (company) => {
          window.location.hash = recordHash('companies', company.id);
        },
      }}
      filtered={hasCompanyFilters(list.settled)}
      emptyFiltered={t('companies.emptyFiltered')}
      empty={
        <EmptyState
          icon="companies"
          title={t('companies.empty.title')}
          body={t('companies.empty.body')}
          action={newCompanyButton}
        />
      }
    >
      <CompanyFormDialog open={creating} onClose={() => setCreating(false)} />
    </ListPage>
  );
};
