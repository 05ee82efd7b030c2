import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useColumnSizes } from '../../../ui/DataTable/useColumnSizes';
import { useHiddenColumns } from '../../../ui/DataTable/useHiddenColumns';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { ListPage } from '../../../ui/ListPage/ListPage';
import { useListState } from '../../../ui/ListPage/useListState';
import { openDeal } from '../../dealDrawer/hooks/useDealRoute';
import { ExportMenu } from '../../exports/components/ExportMenu';
import { useExportTable } from '../../exports/hooks/useExportTable';
import { useLanguage } from '../../../platform/useLanguage';
import { DEAL_EXPORT_COLUMNS } from '@shared/contract/schemas/exports';
import { useDefaultPipeline } from '../../workspace/hooks/useDefaultPipeline';
import { useStages } from '../../workspace/hooks/useStages';
import { defaultHiddenDealColumns, useDealColumns } from '../hooks/useDealColumns';
import { useDealsView } from '../hooks/useDealsView';
import { DEALS_URL_FILTERS, dealFiltersActive, INITIAL_DEALS_TABLE, toDealsQuery } from '../utils/toDealsQuery';
import { DealFilters } from './DealFilters';
import { NewDealDialog } from './NewDealDialog';
import './DealsPage.css';

const SORTABLE = ['title', 'valueMinor', 'expectedCloseOn', 'createdAt'];
const isSortable = (id: string) => SORTABLE.includes(id);

export const DealsPage = () => {
  const { t } = useTranslation();
  const list = useListState(INITIAL_DEALS_TABLE, isSortable, DEALS_URL_FILTERS);
  const [creating, setCreating] = useState(false);
  const pipeline = useDefaultPipeline();
  const stages = useStages(pipeline?.id);
  const { columns, choosable } = useDealColumns(stages);
  const hiddenColumns = useHiddenColumns('voronka.columns.deals', defaultHiddenDealColumns(window.innerWidth));
  const columnSizes = useColumnSizes('voronka.columnSizes.deals');
  const view = useDealsView('deals.table', toDealsQuery(list.settled));
  const language = useLanguage();
  const exporter = useExportTable();
  const exportView = (format: 'xlsx' | 'csv') => {
    // The table's own query without its page: the core reads every page of it.
    const { offset: _offset, limit: _limit, ...query } = toDealsQuery(list.settled);
    const columns = DEAL_EXPORT_COLUMNS.filter((id) => !hiddenColumns.hidden.includes(id));
    void exporter.exportTable({ table: 'deals', query, columns, format, language });
  };

  return (
    <ListPage
      className="records-page deals-page"
      list={list}
      view={view}
      searchPlaceholder={t('deals.searchPlaceholder')}
      count={(count) => t('deals.count', { count })}
      countTestId="deals-count"
      chooser={{ columns: choosable, hidden: hiddenColumns }}
      sizes={columnSizes}
      filters={<DealFilters state={list.state} stages={stages} onChange={list.filter} />}
      action={
        <>
          <ExportMenu busy={exporter.busy} onExport={exportView} />
          <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
            <Icon name="plus" size={18} />
            {t('deals.newDeal')}
          </button>
        </>
      }
      table={{
        label: t('pages.deals.title'),
        columns,
        getRowId: (deal) => deal.id,
        onRowClick: (deal) => openDeal(deal.id),
        numericColumns: ['valueMinor'],
        flexColumn: 'title',
      }}
      filtered={list.settled.search.trim() !== '' || dealFiltersActive(list.state)}
      emptyFiltered={t('deals.emptyFiltered')}
      empty={<EmptyState icon="deals" title={t('deals.empty.title')} body={t('deals.empty.body')} />}
    >
      <NewDealDialog open={creating} onClose={() => setCreating(false)} />
    </ListPage>
  );
};
