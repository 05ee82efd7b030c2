import { DEAL_SORT_FIELDS, type DealsListInput, type DealStatus } from '@shared/contract/schemas/deals';
import type { PaginationState } from '@tanstack/react-table';
import type { SortState } from '../../../ui/DataTable/SortState';

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

const isSortField = (id: string): id is (typeof DEAL_SORT_FIELDS)[number] =>
  (DEAL_SORT_FIELDS as readonly string[]).includes(id);

/** What the table shows → the `deals.list` input: the server sorts, filters and pages. */
export const toDealsQuery = (state: DealsTableState): DealsListInput => {
  const search = state.search.trim();
  const sort = state.sort && isSortField(state.sort.id) ? { field: state.sort.id, desc: state.sort.desc } : null;
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
