import type { LeadRow } from '@shared/contract/schemas/leads';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useColumnSizes } from '../../../ui/DataTable/useColumnSizes';
import { useHiddenColumns } from '../../../ui/DataTable/useHiddenColumns';
import { LEAD_EXPORT_COLUMNS } from '@shared/contract/schemas/exports';
import { TableExportMenu } from '../../exports/components/TableExportMenu';
import { SavedViews } from '../../savedViews/components/SavedViews';
import { exportQuery } from '../../exports/utils/exportQuery';
import { visibleExportColumns } from '../../exports/utils/visibleExportColumns';
import { EmptyState } from '../../../ui/EmptyState';
import { ListPage } from '../../../ui/ListPage/ListPage';
import { useListState } from '../../../ui/ListPage/useListState';
import { openDeal } from '../../dealDrawer/hooks/useDealRoute';
import { defaultHiddenLeadColumns, useLeadColumns } from '../hooks/useLeadColumns';
import { useLeadSelection } from '../hooks/useLeadSelection';
import { useLeadsView } from '../hooks/useLeadsView';
import { useNow } from '../hooks/useNow';
import {
  INITIAL_LEADS_TABLE,
  isLeadSortable,
  LEADS_URL_FILTERS,
  leadFiltersActive,
  toLeadsQuery,
} from '../utils/toLeadsQuery';
import { BantDialog } from './BantDialog';
import { LeadBulkBar } from './LeadBulkBar';
import { LeadFilters } from './LeadFilters';
import { NewLeadDialog } from './NewLeadDialog';
import { Icon } from '../../../ui/Icon';
import { logTargetData } from '../../activities/utils/logTargetData';
import './LeadsPage.css';

/**
 * The leads inbox: open deals of the awareness and interest steps with their age and SLA clock,
 * filtered, sorted and paged on the server; ticked rows can be assigned or disqualified at once.
 */
export const LeadsPage = () => {
  const { t } = useTranslation();
  const list = useListState(INITIAL_LEADS_TABLE, isLeadSortable, LEADS_URL_FILTERS);
  const query = toLeadsQuery(list.settled);
  const queryKey = JSON.stringify(query);
  const view = useLeadsView(query);
  const sources = useLiveQuery('leadSources.list', { includeArchived: true }, ['lead_sources']).data ?? [];
  const selection = useLeadSelection();
  const [creating, setCreating] = useState(false);
  const [qualifying, setQualifying] = useState<LeadRow | null>(null);
  const now = useNow();
  const pageIds = useMemo(() => view.rows.map((row) => row.id), [view.rows]);
  const selected = selection.visible(pageIds);
  const { columns, choosable } = useLeadColumns({ selection, pageIds, sources, now, onQualify: setQualifying });
  const hiddenColumns = useHiddenColumns('voronka.columns.leads', defaultHiddenLeadColumns(window.innerWidth));
  const columnSizes = useColumnSizes('voronka.columnSizes.leads');
  const { clear } = selection;
  // Another page or filter shows other rows: a selection the user cannot see would act blindly.
  useEffect(clear, [clear, queryKey]);

  return (
    <ListPage
      className="records-page leads-page"
      list={list}
      view={view}
      searchPlaceholder={t('leads.searchPlaceholder')}
      count={(count) => t('leads.count', { count })}
      countTestId="leads-count"
      chooser={{ columns: choosable, hidden: hiddenColumns }}
      sizes={columnSizes}
      action={
        <>
          <TableExportMenu
            view={() => ({
              table: 'leads',
              query: exportQuery(query),
              columns: visibleExportColumns(LEAD_EXPORT_COLUMNS, hiddenColumns.hidden),
            })}
          />
          <button
            type="button"
            className="button button-primary"
            aria-keyshortcuts="L"
            title={t('leads.create.shortcut')}
            onClick={() => setCreating(true)}
          >
            <Icon name="plus" size={18} />
            {t('leads.create.newLead')}
          </button>
        </>
      }
      filters={
        <>
          <SavedViews list="leads" hidden={hiddenColumns} sizes={columnSizes} />
          <LeadFilters state={list.state} sources={sources} onChange={list.filter} />
          {selected.length > 0 ? <LeadBulkBar ids={selected} onDone={clear} /> : null}
        </>
      }
      table={{
        label: t('pages.leads.title'),
        columns,
        getRowId: (lead) => lead.id,
        onRowClick: (lead) => openDeal(lead.id),
        rowData: (lead) => logTargetData(lead),
        flexColumn: 'title',
      }}
      filtered={list.settled.search.trim() !== '' || leadFiltersActive(list.state)}
      emptyFiltered={t('leads.emptyFiltered')}
      empty={<EmptyState icon="leads" title={t('leads.empty.title')} body={t('leads.empty.body')} />}
    >
      <NewLeadDialog open={creating} onClose={() => setCreating(false)} />
      <BantDialog lead={qualifying} onClose={() => setQualifying(null)} />
    </ListPage>
  );
};
