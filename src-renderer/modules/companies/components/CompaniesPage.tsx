import type { CompanyRow } from '@shared/contract/schemas/companies';
import { useMemo, useState } from 'react';
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
import { CustomFieldFilters } from '../../customFields/components/CustomFieldFilters';
import { useCustomColumns } from '../../customFields/hooks/useCustomColumns';
import { useCustomFields } from '../../customFields/hooks/useCustomFields';
import { customFiltersOf } from '../../customFields/utils/customFiltersOf';
import { withCustomFilter } from '../../customFields/utils/withCustomFilter';
import './CompaniesPage.css';

/** The companies table: search, filters, server-side sort and paging, a column chooser. */
export const CompaniesPage = () => {
  const { t } = useTranslation();
  const list = useListState(INITIAL_COMPANIES_TABLE, isCompanySortField, COMPANIES_URL_FILTERS);
  const [creating, setCreating] = useState(false);
  const facets = useCompanyFacets();
  const builtIn = useCompanyColumns();
  const baseHidden = useHiddenColumns('voronka.columns.companies', defaultHiddenCompanyColumns(window.innerWidth));
  const custom = useCustomColumns<CompanyRow>('company', baseHidden, 'voronka.columns.companies.customShown');
  const hiddenColumns = custom.hidden;
  const columns = useMemo(() => [...builtIn.columns, ...custom.columns], [builtIn.columns, custom.columns]);
  const choosable = useMemo(() => [...builtIn.choosable, ...custom.choosable], [builtIn.choosable, custom.choosable]);
  const shownCustom = (useCustomFields('company') ?? []).filter(
    (field) => !hiddenColumns.hidden.includes(`cf:${field.id}`),
  );
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
              columns: [
                ...visibleExportColumns(COMPANY_EXPORT_COLUMNS, hiddenColumns.hidden),
                ...shownCustom.map((field) => `cf:${field.id}` as const),
              ],
            })}
          />
          {newCompanyButton}
        </>
      }
      filters={
        <>
          <SavedViews list="companies" hidden={hiddenColumns} sizes={columnSizes} />
          <CompanyFilters state={list.state} facets={facets} onChange={list.filter} />
          <CustomFieldFilters
            fields={shownCustom}
            filters={customFiltersOf(list.state)}
            onChange={(fieldId, filter) => list.filter({ custom: withCustomFilter(list.state, fieldId, filter) })}
          />
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
