import { idSchema } from '@shared/contract/schemas/common';
import { customFiltersOf } from '../../customFields/utils/customFiltersOf';
import {
  DEAL_GROUPS,
  DEAL_SORT_FIELDS,
  DEAL_STATUSES,
  type DealGroup,
  type DealsListInput,
  type DealStatus,
} from '@shared/contract/schemas/deals';
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
  /** Rows grouped by stage, owner or source; '' = not grouped. */
  group: DealGroup | '';
  /** Folded groups' keys, comma-separated (`-` for no owner / no source); '' = none. */
  folded: string;
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
  group: '',
  folded: '',
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
  group: { empty: '', accepts: (value) => (DEAL_GROUPS as readonly string[]).includes(value) },
  folded: { empty: '', accepts: (value) => value.split(',').every((key) => key === NO_GROUP || isId(key)) },
});

/** A folded group of deals without an owner or source, in the URL (its key is ''). */
const NO_GROUP = '-';

/** The folded groups' keys as `deals.list` takes them. */
export const foldedGroupsOf = (state: Pick<DealsTableState, 'folded'>): string[] =>
  state.folded === '' ? [] : state.folded.split(',').map((key) => (key === NO_GROUP ? '' : key));

/** The URL's folded list with `key` folded or unfolded. */
export const toggleFolded = (state: Pick<DealsTableState, 'folded'>, key: string): string => {
  const keys = foldedGroupsOf(state);
  const next = keys.includes(key) ? keys.filter((folded) => folded !== key) : [...keys, key];
  return next.map((folded) => (folded === '' ? NO_GROUP : folded)).join(',');
};

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
    ...(state.group ? { groupBy: state.group, collapsedGroups: foldedGroupsOf(state) } : {}),
    sort: sort ? { field: sort.field, dir: sort.desc ? 'desc' : 'asc' } : { field: 'createdAt', dir: 'desc' },
    offset: state.page.pageIndex * state.page.pageSize,
    limit: state.page.pageSize,
  };
};
