import type { DealRow } from '@shared/contract/schemas/deals';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useColumnSizes } from '../../../ui/DataTable/useColumnSizes';
import { useHiddenColumns } from '../../../ui/DataTable/useHiddenColumns';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { ListPage } from '../../../ui/ListPage/ListPage';
import { useListState } from '../../../ui/ListPage/useListState';
import { openDeal } from '../../dealDrawer/hooks/useDealRoute';
import { TableExportMenu } from '../../exports/components/TableExportMenu';
import { exportQuery } from '../../exports/utils/exportQuery';
import { visibleExportColumns } from '../../exports/utils/visibleExportColumns';
import { DEAL_EXPORT_COLUMNS } from '@shared/contract/schemas/exports';
import { useDefaultPipeline } from '../../workspace/hooks/useDefaultPipeline';
import { useStages } from '../../workspace/hooks/useStages';
import { defaultHiddenDealColumns, useDealColumns } from '../hooks/useDealColumns';
import { useDealsView } from '../hooks/useDealsView';
import {
  DEALS_URL_FILTERS,
  dealFiltersActive,
  INITIAL_DEALS_TABLE,
  toDealsQuery,
  toggleFolded,
} from '../utils/toDealsQuery';
import { customFiltersOf } from '../../customFields/utils/customFiltersOf';
import { withCustomFilter } from '../../customFields/utils/withCustomFilter';
import { CustomFieldFilters } from '../../customFields/components/CustomFieldFilters';
import { useCustomColumns } from '../../customFields/hooks/useCustomColumns';
import { useCustomFields } from '../../customFields/hooks/useCustomFields';
import { DealFilters } from './DealFilters';
import { NewDealDialog } from './NewDealDialog';
import { SavedViews } from '../../savedViews/components/SavedViews';
import { useDealGroupRows } from '../hooks/useDealGroupRows';
import { DealGroupSelect } from './DealGroupSelect';
import { logTargetData } from '../../activities/utils/logTargetData';
import './DealsPage.css';

const SORTABLE = ['title', 'valueMinor', 'expectedCloseOn', 'createdAt'];
const isSortable = (id: string) => SORTABLE.includes(id) || id.startsWith('cf:');

export const DealsPage = () => {
  const { t } = useTranslation();
  const list = useListState(INITIAL_DEALS_TABLE, isSortable, DEALS_URL_FILTERS);
  const [creating, setCreating] = useState(false);
  const pipeline = useDefaultPipeline();
  const customFields = useCustomFields('deal');
  const stages = useStages(pipeline?.id);
  const builtIn = useDealColumns(stages);
  const baseHidden = useHiddenColumns('voronka.columns.deals', defaultHiddenDealColumns(window.innerWidth));
  const custom = useCustomColumns<DealRow>('deal', baseHidden, 'voronka.columns.deals.customShown');
  const hiddenColumns = custom.hidden;
  const columns = useMemo(() => [...builtIn.columns, ...custom.columns], [builtIn.columns, custom.columns]);
  const choosable = useMemo(() => [...builtIn.choosable, ...custom.choosable], [builtIn.choosable, custom.choosable]);
  const shownCustom = (customFields ?? []).filter((field) => !hiddenColumns.hidden.includes(`cf:${field.id}`));
  const columnSizes = useColumnSizes('voronka.columnSizes.deals');
  const view = useDealsView('deals.table', toDealsQuery(list.settled));
  const groupRows = useDealGroupRows(list.settled, (key) => list.filter({ folded: toggleFolded(list.state, key) }));

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
      filters={
        <>
          <SavedViews list="deals" hidden={hiddenColumns} sizes={columnSizes} />
          <DealFilters state={list.state} stages={stages} onChange={list.filter}>
            <DealGroupSelect value={list.state.group} onChange={(group) => list.filter({ group, folded: '' })} />
            <CustomFieldFilters
              fields={shownCustom}
              filters={customFiltersOf(list.state)}
              onChange={(fieldId, filter) => list.filter({ custom: withCustomFilter(list.state, fieldId, filter) })}
            />
          </DealFilters>
        </>
      }
      action={
        <>
          <TableExportMenu
            view={() => ({
              table: 'deals',
              query: exportQuery(toDealsQuery(list.settled)),
              columns: [
                ...visibleExportColumns(DEAL_EXPORT_COLUMNS, hiddenColumns.hidden),
                ...shownCustom.map((field) => `cf:${field.id}` as const),
              ],
            })}
          />
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
        rowData: (deal) => logTargetData(deal),
        numericColumns: ['valueMinor'],
        flexColumn: 'title',
        groupRows,
      }}
      filtered={list.settled.search.trim() !== '' || dealFiltersActive(list.state)}
      emptyFiltered={t('deals.emptyFiltered')}
      empty={<EmptyState icon="deals" title={t('deals.empty.title')} body={t('deals.empty.body')} />}
    >
      <NewDealDialog open={creating} onClose={() => setCreating(false)} />
    </ListPage>
  );
};
