import {
  COMPANY_CUSTOMER_FILTERS,
  COMPANY_SIZES,
  type CompanyCustomerFilter,
  type CompanySize,
} from '@shared/contract/schemas/companies';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/form/Select';
import { SegmentPicker } from '../../segments/components/SegmentPicker';
import { useCurrentUser } from '../../users/hooks/useCurrentUser';
import { OwnerOptionGroups } from '../../users/components/OwnerOptionGroups';
import { ownerOptions } from '../../users/utils/ownerOptions';
import type { CompanyFacets } from '../hooks/useCompanyFacets';
import type { CompaniesTableState, OwnerFilter } from '../utils/toCompaniesQuery';

type FilterPatch = Partial<
  Pick<CompaniesTableState, 'industry' | 'size' | 'region' | 'segment' | 'segmentId' | 'customer' | 'owner'>
>;

const ownerValue = (owner: OwnerFilter) => (owner.kind === 'user' ? owner.id : owner.kind);
const ownerFilter = (value: string): OwnerFilter =>
  value === 'any' || value === 'none' ? { kind: value } : { kind: 'user', id: value };

/** A facet as options, most common first, with how many companies each has. */
const FacetOptions = ({ facet, current }: { facet: readonly { value: string; count: number }[]; current: string }) => (
  <>
    {current && !facet.some((option) => option.value === current) ? <option value={current}>{current}</option> : null}
    {facet.map((option) => (
      <option key={option.value} value={option.value}>
        {option.value} ({option.count})
      </option>
    ))}
  </>
);

/** Industry, size, region, segment, customer and owner filters; options are the values in use. */
export const CompanyFilters = ({
  state,
  facets,
  onChange,
}: {
  state: CompaniesTableState;
  facets: CompanyFacets | null;
  onChange(patch: FilterPatch): void;
}) => {
  const { t } = useTranslation();
  const { user, users } = useCurrentUser();
  const owners = ownerOptions(users ?? [], user?.id ?? null, state.owner.kind === 'user' ? state.owner.id : null, {
    includeInactive: true,
  });
  const active =
    state.industry !== '' ||
    state.size !== '' ||
    state.region !== '' ||
    state.segment !== '' ||
    state.segmentId !== '' ||
    state.customer !== '' ||
    state.owner.kind !== 'any';
  return (
    <div className="filters" role="group" aria-label={t('companies.filters.label')}>
      <Select
        aria-label={t('companies.fields.industry')}
        value={state.industry}
        onChange={(event) => onChange({ industry: event.target.value })}
      >
        <option value="">{t('companies.filters.allIndustries')}</option>
        <FacetOptions facet={facets?.industries ?? []} current={state.industry} />
      </Select>
      <Select
        aria-label={t('companies.fields.size')}
        value={state.size}
        onChange={(event) => onChange({ size: event.target.value as CompanySize | '' })}
      >
        <option value="">{t('companies.filters.allSizes')}</option>
        {COMPANY_SIZES.map((size) => (
          <option key={size} value={size}>
            {t(`companies.sizes.${size}`)}
          </option>
        ))}
      </Select>
      <Select
        aria-label={t('companies.fields.region')}
        value={state.region}
        onChange={(event) => onChange({ region: event.target.value })}
      >
        <option value="">{t('companies.filters.allRegions')}</option>
        <FacetOptions facet={facets?.regions ?? []} current={state.region} />
      </Select>
      <Select
        aria-label={t('companies.fields.segment')}
        value={state.segment}
        onChange={(event) => onChange({ segment: event.target.value })}
      >
        <option value="">{t('companies.filters.allSegments')}</option>
        <FacetOptions facet={facets?.segments ?? []} current={state.segment} />
      </Select>
      <Select
        aria-label={t('companies.fields.customer')}
        value={state.customer}
        onChange={(event) => onChange({ customer: event.target.value as CompanyCustomerFilter | '' })}
      >
        <option value="">{t('companies.filters.anyCustomer')}</option>
        {COMPANY_CUSTOMER_FILTERS.map((filter) => (
          <option key={filter} value={filter}>
            {t(`companies.filters.customer.${filter}`)}
          </option>
        ))}
      </Select>
      <Select
        aria-label={t('companies.fields.owner')}
        value={ownerValue(state.owner)}
        onChange={(event) => onChange({ owner: ownerFilter(event.target.value) })}
      >
        <option value="any">{t('companies.filters.allOwners')}</option>
        <option value="none">{t('companies.filters.noOwner')}</option>
        <OwnerOptionGroups options={owners} />
      </Select>
      <SegmentPicker value={state.segmentId} onChange={(segmentId) => onChange({ segmentId })} />
      {active ? (
        <button
          type="button"
          className="button button-link filters-reset"
          onClick={() =>
            onChange({
              industry: '',
              size: '',
              region: '',
              segment: '',
              segmentId: '',
              customer: '',
              owner: { kind: 'any' },
            })
          }
        >
          {t('companies.filters.reset')}
        </button>
      ) : null}
    </div>
  );
};
