import { idSchema } from '@shared/contract/schemas/common';
import {
  COMPANY_CUSTOMER_FILTERS,
  COMPANY_SIZES,
  COMPANY_SORT_FIELDS,
  type CompanyCustomerFilter,
  type CompaniesListInput,
  type CompanySize,
  type CompanySortField,
} from '@shared/contract/schemas/companies';
import type { PaginationState } from '@tanstack/react-table';
import type { SortState } from '../../../ui/DataTable/SortState';
import { type ListFiltersCodec, stringFilters } from '../../../ui/ListPage/listUrl';
import { customFiltersOf } from '../../customFields/utils/customFiltersOf';

/** "Any owner", "no owner", or one user's id. */
export type OwnerFilter = { kind: 'any' } | { kind: 'none' } | { kind: 'user'; id: string };

export type CompaniesTableState = {
  search: string;
  industry: string;
  size: CompanySize | '';
  region: string;
  segment: string;
  /** A saved segment's id (segments.list); '' = any. */
  segmentId: string;
  /** Customers now, one customer status, or prospects; '' = any. */
  customer: CompanyCustomerFilter | '';
  owner: OwnerFilter;
  /** Filters on custom fields, as JSON (`?custom=` in the URL); '' = none. */
  custom: string;
  sort: SortState;
  page: PaginationState;
};

export const INITIAL_COMPANIES_TABLE: CompaniesTableState = {
  search: '',
  industry: '',
  size: '',
  region: '',
  segment: '',
  segmentId: '',
  customer: '',
  owner: { kind: 'any' },
  custom: '',
  sort: { id: 'name', desc: false },
  page: { pageIndex: 0, pageSize: 25 },
};

/** A built-in column, or a custom field's (`cf:<field id>`). */
export const isCompanySortField = (id: string): id is CompanySortField | `cf:${string}` =>
  (COMPANY_SORT_FIELDS as readonly string[]).includes(id) ||
  (id.startsWith('cf:') && idSchema.safeParse(id.slice(3)).success);

const anyText = { empty: '', accepts: () => true };
const facets = stringFilters<CompaniesTableState>({
  industry: anyText,
  region: anyText,
  segment: anyText,
  segmentId: { empty: '', accepts: (value) => idSchema.safeParse(value).success },
  size: { empty: '', accepts: (value) => (COMPANY_SIZES as readonly string[]).includes(value) },
  customer: { empty: '', accepts: (value) => (COMPANY_CUSTOMER_FILTERS as readonly string[]).includes(value) },
  custom: { empty: '', accepts: (value) => customFiltersOf({ custom: value }).length > 0 },
});

const ownerFromParam = (value: string | null): OwnerFilter | undefined => {
  if (value === 'none') return { kind: 'none' };
  return value !== null && idSchema.safeParse(value).success ? { kind: 'user', id: value } : undefined;
};

/** `?industry=…&size=…&region=…&segment=…&customer=…&custom=…&owner=none|<user id>` in the companies table's URL. */
export const COMPANIES_URL_FILTERS: ListFiltersCodec<CompaniesTableState> = {
  keys: [...facets.keys, 'owner'],
  write: (state) => ({
    ...facets.write(state),
    ...(state.owner.kind === 'none' ? { owner: 'none' } : state.owner.kind === 'user' ? { owner: state.owner.id } : {}),
  }),
  read: (params) => {
    const owner = ownerFromParam(params.get('owner'));
    return { ...facets.read(params), ...(owner ? { owner } : {}) };
  },
};

/** Whether anything narrows the list (the empty table then says "nothing matches", not "no companies"). */
export const hasCompanyFilters = (state: CompaniesTableState): boolean =>
  state.search.trim() !== '' ||
  state.industry !== '' ||
  state.size !== '' ||
  state.region !== '' ||
  state.segment !== '' ||
  state.segmentId !== '' ||
  state.customer !== '' ||
  state.custom !== '' ||
  state.owner.kind !== 'any';

/** What the table shows → the `companies.list` input: the server searches, filters, sorts and pages. */
export const toCompaniesQuery = (state: CompaniesTableState): CompaniesListInput => {
  const search = state.search.trim();
  const sort = state.sort && isCompanySortField(state.sort.id) ? state.sort : null;
  return {
    ...(search ? { search } : {}),
    ...(state.industry ? { industry: state.industry } : {}),
    ...(state.size ? { size: state.size } : {}),
    ...(state.region ? { region: state.region } : {}),
    ...(state.segment ? { segment: state.segment } : {}),
    ...(state.segmentId ? { segmentId: state.segmentId } : {}),
    ...(state.customer ? { customer: state.customer } : {}),
    ...(state.owner.kind === 'none'
      ? { ownerId: null }
      : state.owner.kind === 'user'
        ? { ownerId: state.owner.id }
        : {}),
    ...(state.custom ? { customFilters: customFiltersOf(state) } : {}),
    sort: sort
      ? { field: sort.id as CompanySortField | `cf:${string}`, dir: sort.desc ? 'desc' : 'asc' }
      : { field: 'name', dir: 'asc' },
    offset: state.page.pageIndex * state.page.pageSize,
    limit: state.page.pageSize,
  };
};
