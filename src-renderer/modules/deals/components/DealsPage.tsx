import { DEAL_STATUSES, type DealStatus } from '@shared/contract/schemas/deals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../ui/DataTable/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { Select } from '../../../ui/form/Select';
import { Icon } from '../../../ui/Icon';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { openDeal } from '../../dealDrawer/hooks/useDealRoute';
import { useDefaultPipeline } from '../../workspace/hooks/useDefaultPipeline';
import { useStages } from '../../workspace/hooks/useStages';
import { useDealColumns } from '../hooks/useDealColumns';
import { useDealsView } from '../hooks/useDealsView';
import { type DealsTableState, INITIAL_DEALS_TABLE, toDealsQuery } from '../utils/toDealsQuery';
import { NewDealDialog } from './NewDealDialog';
import './DealsPage.css';

const SORTABLE = ['title', 'valueMinor', 'expectedCloseAt', 'createdAt'];

export const DealsPage = () => {
  const { t } = useTranslation();
  const [table, setTable] = useState<DealsTableState>(INITIAL_DEALS_TABLE);
  const [creating, setCreating] = useState(false);
  const search = useDebouncedValue(table.search, 250);
  const pipeline = useDefaultPipeline();
  const stages = useStages(pipeline?.id);
  const columns = useDealColumns(stages);
  const view = useDealsView('deals.table', toDealsQuery({ ...table, search }));
  const filtered = search.trim() !== '' || table.status !== 'all';
  const update = (patch: Partial<DealsTableState>) => setTable((current) => ({ ...current, ...patch }));
  const newDealButton = (
    <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
      <Icon name="plus" size={18} />
      {t('deals.newDeal')}
    </button>
  );

  return (
    <div className="deals-page">
      <div className="toolbar">
        <div className="input-with-icon toolbar-search">
          <Icon name="search" size={18} />
          <input
            className="input"
            type="search"
            aria-label={t('common.actions.search')}
            placeholder={t('deals.searchPlaceholder')}
            value={table.search}
            onChange={(event) => update({ search: event.target.value, page: { ...table.page, pageIndex: 0 } })}
          />
        </div>
        <Select
          aria-label={t('deals.statusFilter')}
          className="toolbar-status"
          value={table.status}
          onChange={(event) =>
            update({ status: event.target.value as DealStatus | 'all', page: { ...table.page, pageIndex: 0 } })
          }
        >
          <option value="all">{t('deals.allStatuses')}</option>
          {DEAL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`deal.status.${status}`)}
            </option>
          ))}
        </Select>
        <span className="toolbar-count muted num" data-testid="deals-count">
          {view.status === 'loading' && view.rows.length === 0 ? '' : t('deals.count', { count: view.total })}
        </span>
        {newDealButton}
      </div>
      <DataTable
        label={t('pages.deals.title')}
        columns={columns}
        rows={view.rows}
        total={view.total}
        getRowId={(deal) => deal.id}
        onRowClick={(deal) => openDeal(deal.id)}
        sort={table.sort}
        onSortChange={(sort) => update({ sort: sort && SORTABLE.includes(sort.id) ? sort : INITIAL_DEALS_TABLE.sort })}
        page={table.page}
        onPageChange={(page) => update({ page })}
        loading={view.status === 'loading'}
        numericColumns={['valueMinor']}
        empty={
          filtered ? (
            <p className="muted">{t('deals.emptyFiltered')}</p>
          ) : (
            <EmptyState icon="deals" title={t('deals.empty.title')} body={t('deals.empty.body')} />
          )
        }
      />
      <NewDealDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
};
