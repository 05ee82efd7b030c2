import { DEAL_STATUSES, type DealStatus } from '@shared/contract/schemas/deals';
import type { Stage } from '@shared/contract/schemas/pipelines';
import { displayName } from '@shared/i18n/displayName';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/form/Select';
import { OwnerPicker } from '../../users/components/OwnerPicker';
import { SegmentPicker } from '../../segments/components/SegmentPicker';
import { type DealsTableState, dealFiltersActive } from '../utils/toDealsQuery';

type FilterPatch = Partial<Pick<DealsTableState, 'status' | 'stageId' | 'ownerId' | 'segmentId' | 'custom'>>;

export type DealFiltersProps = {
  state: DealsTableState;
  /** The stages of the pipeline the table names (its stage column). */
  stages: readonly Stage[] | null;
  onChange(patch: FilterPatch): void;
  /** More filters (the shown custom columns'). */
  children?: ReactNode;
};

const NO_FILTERS: FilterPatch = { status: 'all', stageId: '', ownerId: '', segmentId: '', custom: '' };

/** Status, stage and owner filters of the deals table, as a rep narrows a list in Pipedrive. */
export const DealFilters = ({ state, stages, onChange, children }: DealFiltersProps) => {
  const { t } = useTranslation();
  return (
    <div className="filters" role="group" aria-label={t('deals.filtersLabel')}>
      <Select
        aria-label={t('deals.statusFilter')}
        value={state.status}
        onChange={(event) => onChange({ status: event.target.value as DealStatus | 'all' })}
      >
        <option value="all">{t('deals.allStatuses')}</option>
        {DEAL_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`deal.status.${status}`)}
          </option>
        ))}
      </Select>
      <Select
        aria-label={t('deals.stageFilter')}
        value={state.stageId}
        onChange={(event) => onChange({ stageId: event.target.value })}
      >
        <option value="">{t('deals.allStages')}</option>
        {(stages ?? []).map((stage) => (
          <option key={stage.id} value={stage.id}>
            {displayName(stage, t, 'stage')}
          </option>
        ))}
      </Select>
      <OwnerPicker
        aria-label={t('deals.ownerFilter')}
        value={state.ownerId || null}
        unassignedLabel={t('deals.allOwners')}
        includeInactive
        onChange={(ownerId) => onChange({ ownerId: ownerId ?? '' })}
      />
      <SegmentPicker value={state.segmentId} onChange={(segmentId) => onChange({ segmentId })} />
      {children}
      {dealFiltersActive(state) ? (
        <button type="button" className="button button-link filters-reset" onClick={() => onChange(NO_FILTERS)}>
          {t('deals.resetFilters')}
        </button>
      ) : null}
    </div>
  );
};
