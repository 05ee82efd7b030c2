import { ACTIVITY_TYPES, CALL_OUTCOMES, type ActivityType } from '@shared/contract/schemas/activities';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/form/Select';
import { OwnerPicker } from '../../users/components/OwnerPicker';
import { type ActivitiesTableState, hasActivityFilters } from '../utils/toActivitiesQuery';

type FilterPatch = Partial<Pick<ActivitiesTableState, 'type' | 'ownerId' | 'from' | 'to' | 'outcome'>>;

const NO_FILTERS: FilterPatch = { type: '', ownerId: '', from: '', to: '', outcome: '' };

/** Type, owner, period (two dates, both inclusive) and call outcome filters of the activities table. */
export const ActivityFilters = ({
  state,
  onChange,
}: {
  state: ActivitiesTableState;
  onChange(patch: FilterPatch): void;
}) => {
  const { t } = useTranslation();
  return (
    <div className="filters" role="group" aria-label={t('activityTable.filters.label')}>
      <Select
        aria-label={t('activityTable.columns.type')}
        value={state.type}
        onChange={(event) => onChange({ type: event.target.value as ActivityType | '' })}
      >
        <option value="">{t('activityTable.filters.allTypes')}</option>
        {ACTIVITY_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`activities.type.${type}`)}
          </option>
        ))}
      </Select>
      <OwnerPicker
        aria-label={t('activityTable.columns.ownerName')}
        value={state.ownerId || null}
        unassignedLabel={t('activityTable.filters.allOwners')}
        includeInactive
        onChange={(ownerId) => onChange({ ownerId: ownerId ?? '' })}
      />
      <input
        type="date"
        className="input activity-filter-date"
        aria-label={t('activityTable.filters.from')}
        title={t('activityTable.filters.from')}
        value={state.from}
        max={state.to || undefined}
        onChange={(event) => onChange({ from: event.target.value })}
      />
      <span aria-hidden="true">–</span>
      <input
        type="date"
        className="input activity-filter-date"
        aria-label={t('activityTable.filters.to')}
        title={t('activityTable.filters.to')}
        value={state.to}
        min={state.from || undefined}
        onChange={(event) => onChange({ to: event.target.value })}
      />
      <Select
        aria-label={t('activityTable.columns.outcome')}
        value={state.outcome}
        onChange={(event) => onChange({ outcome: event.target.value as ActivitiesTableState['outcome'] })}
      >
        <option value="">{t('activityTable.filters.allOutcomes')}</option>
        {CALL_OUTCOMES.map((outcome) => (
          <option key={outcome} value={outcome}>
            {t(`activities.outcome.${outcome}`)}
          </option>
        ))}
      </Select>
      {hasActivityFilters(state) ? (
        <button type="button" className="button button-link filters-reset" onClick={() => onChange(NO_FILTERS)}>
          {t('activityTable.filters.reset')}
        </button>
      ) : null}
    </div>
  );
};
