import { idSchema } from '@shared/contract/schemas/common';
import { customFiltersOf } from '../../customFields/utils/customFiltersOf';
import { DEAL_SORT_FIELDS, DEAL_STATUSES, type DealsListInput, type DealStatus } from '@shared/contract/schemas/deals';
import type { PaginationState } from '@tanstack/react-table';
import type { SortState } from '../../../ui/DataTable/SortState';

const isId = (value: string) => idSchema.safeParse(value).success;
import { type ListFiltersCodec, stringFilters } from '../../../ui/ListPage/listUrl';

export type DealsTableState = {
  search: string;
  status: DealStatus | 'all';
  /** '' = every stage / every owner. */
  stageId: string;
  ownerId: string;
  /** A saved segment's id; '' = any. */
  segmentId: string;
  /** Filters on custom fields, as JSON (`?cf=` in the URL); '' = none. */
  custom: string;
  sort: SortState;
  page: PaginationState;
};

export const INITIAL_DEALS_TABLE: DealsTableState = {
  search: '',
  status: 'all',
  stageId: '',
  ownerId: '',
  segmentId: '',
  custom: '',
  sort: { id: 'createdAt', desc: true },
  page: { pageIndex: 0, pageSize: 25 },
};

/** Whether a status, stage or owner filter narrows the table (the search aside). */
export const dealFiltersActive = (state: DealsTableState): boolean =>
  state.status !== 'all' ||
  state.stageId !== '' ||
  state.ownerId !== '' ||
  state.segmentId !== '' ||
  state.custom !== '';

const isDealSortField = (id: string): id is (typeof DEAL_SORT_FIELDS)[number] | `cf:${string}` =>
  (DEAL_SORT_FIELDS as readonly string[]).includes(id) || (id.startsWith('cf:') && isId(id.slice(3)));

/** `?status=won&stageId=…&ownerId=…` in the deals table's URL. */
export const DEALS_URL_FILTERS: ListFiltersCodec<DealsTableState> = stringFilters<DealsTableState>({
  status: { empty: 'all', accepts: (value) => (DEAL_STATUSES as readonly string[]).includes(value) },
  stageId: { empty: '', accepts: isId },
  ownerId: { empty: '', accepts: isId },
  segmentId: { empty: '', accepts: isId },
  custom: { empty: '', accepts: (value) => customFiltersOf({ custom: value }).length > 0 },
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
    ...(state.segmentId ? { segmentId: state.segmentId } : {}),
    ...(state.custom ? { customFilters: customFiltersOf(state) } : {}),
    sort: sort ? { field: sort.field, dir: sort.desc ? 'desc' : 'asc' } : { field: 'createdAt', dir: 'desc' },
    offset: state.page.pageIndex * state.page.pageSize,
    limit: state.page.pageSize,
  };
};
