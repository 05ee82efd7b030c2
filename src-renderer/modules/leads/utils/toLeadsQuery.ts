import { idSchema } from '@shared/contract/schemas/common';
import { LEAD_SORT_FIELDS, LEAD_STEPS, type LeadsListInput } from '@shared/contract/schemas/leads';
import type { PaginationState } from '@tanstack/react-table';
import type { SortState } from '../../../ui/DataTable/SortState';
import { type ListFiltersCodec, stringFilters } from '../../../ui/ListPage/listUrl';

/** The owner filter's value for leads nobody owns. */
export const UNASSIGNED = 'none';

export type LeadsTableState = {
  search: string;
  /** '' = both lead steps. */
  step: string;
  /** '' = every owner; UNASSIGNED = nobody's. */
  ownerId: string;
  sourceId: string;
  campaignId: string;
  sort: SortState;
  page: PaginationState;
};

export const INITIAL_LEADS_TABLE: LeadsTableState = {
  search: '',
  step: '',
  ownerId: '',
  sourceId: '',
  campaignId: '',
  sort: { id: 'createdAt', desc: true },
  page: { pageIndex: 0, pageSize: 25 },
};

export const leadFiltersActive = (state: LeadsTableState): boolean =>
  state.step !== '' || state.ownerId !== '' || state.sourceId !== '' || state.campaignId !== '';

const isLeadSortField = (id: string): id is (typeof LEAD_SORT_FIELDS)[number] =>
  (LEAD_SORT_FIELDS as readonly string[]).includes(id);

export const isLeadSortable = (id: string): boolean => isLeadSortField(id);

const isId = (value: string) => idSchema.safeParse(value).success;

/** `?step=interest&ownerId=…&sourceId=…&campaignId=…` in the inbox's URL. */
export const LEADS_URL_FILTERS: ListFiltersCodec<LeadsTableState> = stringFilters<LeadsTableState>({
  step: { empty: '', accepts: (value) => (LEAD_STEPS as readonly string[]).includes(value) },
  ownerId: { empty: '', accepts: (value) => value === UNASSIGNED || isId(value) },
  sourceId: { empty: '', accepts: isId },
  campaignId: { empty: '', accepts: isId },
});

/** What the inbox shows → the `leads.list` input: the server filters, sorts and pages. */
export const toLeadsQuery = (state: LeadsTableState): LeadsListInput => {
  const search = state.search.trim();
  const sort = state.sort && isLeadSortField(state.sort.id) ? state.sort : null;
  return {
    ...(search ? { search } : {}),
    ...(state.step === 'awareness' || state.step === 'interest' ? { step: state.step } : {}),
    ...(state.ownerId === UNASSIGNED ? { unassigned: true } : state.ownerId ? { ownerId: state.ownerId } : {}),
    ...(state.sourceId ? { sourceId: state.sourceId } : {}),
    ...(state.campaignId ? { campaignId: state.campaignId } : {}),
    sort: sort
      ? { field: sort.id as (typeof LEAD_SORT_FIELDS)[number], dir: sort.desc ? 'desc' : 'asc' }
      : { field: 'createdAt', dir: 'desc' },
    offset: state.page.pageIndex * state.page.pageSize,
    limit: state.page.pageSize,
  };
};
