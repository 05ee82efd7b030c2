import { ACTIVITY_EXPORT_COLUMNS } from '@shared/contract/schemas/exports';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { useColumnSizes } from '../../../ui/DataTable/useColumnSizes';
import { useHiddenColumns } from '../../../ui/DataTable/useHiddenColumns';
import { EmptyState } from '../../../ui/EmptyState';
import { ListPage } from '../../../ui/ListPage/ListPage';
import { useListState } from '../../../ui/ListPage/useListState';
import { TableExportMenu } from '../../exports/components/TableExportMenu';
import { SavedViews } from '../../savedViews/components/SavedViews';
import { exportQuery } from '../../exports/utils/exportQuery';
import { visibleExportColumns } from '../../exports/utils/visibleExportColumns';
import { useActivitiesView } from '../hooks/useActivitiesView';
import {
  defaultHiddenActivityColumns,
  NUMERIC_ACTIVITY_COLUMNS,
  useActivityColumns,
} from '../hooks/useActivityColumns';
import {
  ACTIVITIES_URL_FILTERS,
  hasActivityFilters,
  INITIAL_ACTIVITIES_TABLE,
  isActivitySortField,
  toActivitiesQuery,
} from '../utils/toActivitiesQuery';
import { ActivityFilters } from './ActivityFilters';

/**
 * Every logged activity as a table: type, owner, period and outcome filters, server-side sort and
 * paging kept in the URL, a column chooser, saved views and an export of the current view (the notes
 * ride along).
 */
export const ActivitiesTablePage = () => {
  const { t } = useTranslation();
  const { timeZone } = useDateFormat();
  const list = useListState(INITIAL_ACTIVITIES_TABLE, isActivitySortField, ACTIVITIES_URL_FILTERS);
  const { columns, choosable } = useActivityColumns();
  const hiddenColumns = useHiddenColumns('voronka.columns.activities', defaultHiddenActivityColumns(window.innerWidth));
  const columnSizes = useColumnSizes('voronka.columnSizes.activities');
  const query = toActivitiesQuery(list.settled, timeZone);
  const view = useActivitiesView(query);

  return (
    <ListPage
      className="records-page activities-table-page"
      list={list}
      view={view}
      count={(count) => t('activityTable.count', { count })}
      countTestId="activities-count"
      filters={
        <>
          <SavedViews list="activities" hidden={hiddenColumns} sizes={columnSizes} />
          <ActivityFilters state={list.state} onChange={list.filter} />
        </>
      }
      chooser={{ columns: choosable, hidden: hiddenColumns }}
      sizes={columnSizes}
      action={
        <TableExportMenu
          view={() => ({
            table: 'activities',
            query: exportQuery(query),
            columns: visibleExportColumns(ACTIVITY_EXPORT_COLUMNS, hiddenColumns.hidden),
          })}
        />
      }
      table={{
        label: t('activityTable.tabs.all'),
        columns,
        getRowId: (activity) => activity.id,
        numericColumns: NUMERIC_ACTIVITY_COLUMNS,
        flexColumn: 'subject',
      }}
      filtered={hasActivityFilters(list.settled)}
      emptyFiltered={t('activityTable.emptyFiltered')}
      empty={
        <EmptyState icon="activities" title={t('activityTable.empty.title')} body={t('activityTable.empty.body')} />
      }
    />
  );
};
