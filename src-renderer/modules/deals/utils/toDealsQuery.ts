import { idSchema } from '@shared/contract/schemas/common';
import { DEAL_SORT_FIELDS, DEAL_STATUSES, type DealsListInput, type DealStatus } from '@shared/contract/schemas/deals';
import type { PaginationState } from '@tanstack/react-table';
import type { SortState } from '../../../ui/DataTable/SortState';
import { type ListFiltersCodec, stringFilters } from '../../../ui/ListPage/listUrl';

export type DealsTableState = {
  search: string;
  status: DealStatus | 'all';
  /** '' = every stage / every owner. */
  stageId: string;
  ownerId: string;
  sort: SortState;
  page: PaginationState;
};

export const INITIAL_DEALS_TABLE: DealsTableState = {
  search: '',
  status: 'all',
  stageId: '',
  ownerId: '',
  sort: { id: 'createdAt', desc: true },
  page: { pageIndex: 0, pageSize: 25 },
};

/** Whether a status, stage or owner filter narrows the table (the search aside). */
export const dealFiltersActive = (state: DealsTableState): boolean =>
  state.status !== 'all' || state.stageId !== '' || state.ownerId !== '';

const isDealSortField = (id: string): id is (typeof DEAL_SORT_FIELDS)[number] =>
  (DEAL_SORT_FIELDS as readonly string[]).includes(id);

const isId = (value: string) => idSchema.safeParse(value).success;

/** `?status=won&stageId=…&ownerId=…` in the deals table's URL. */
export const DEALS_URL_FILTERS: ListFiltersCodec<DealsTableState> = stringFilters<DealsTableState>({
  status: { empty: 'all', accepts: (value) => (DEAL_STATUSES as readonly string[]).includes(value) },
  stageId: { empty: '', accepts: isId },
  ownerId: { empty: '', accepts: isId },
});

/** What the table shows → the `deals.list` input: the server sorts, filters and pages. */
export const toDealsQuery = (state: DealsTableState): DealsListInput => {
  const search = state.search.trim();
  const sort = state.sort && isDealSortField(state.sort.id) ? { field: state.sort.id, desc: state.sort.desc } : null;
  return {
    ...(search ? { search } : {}),
    ...(state.status === 'all' ? {} : { status: state.status }),
    ...(state.stageId ? { stageId: state.stageId } : {}),
    ...(state.ownerId ? { ownerId: state.ownerId } : {}),
    sort: sort ? { field: sort.field, dir: sort.desc ? 'desc' : 'asc' } : { field: 'createdAt', dir: 'desc' },
    offset: state.page.pageIndex * state.page.pageSize,
    limit: state.page.pageSize,
  };
};
