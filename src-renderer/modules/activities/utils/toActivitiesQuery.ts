import {
  ACTIVITY_SORT_FIELDS,
  ACTIVITY_TYPES,
  CALL_OUTCOMES,
  type ActivitiesListInput,
  type ActivityType,
} from '@shared/contract/schemas/activities';
import { idSchema } from '@shared/contract/schemas/common';
import { DATE_PATTERN } from '@shared/domain/kpi/KpiPeriod';
import { periodRange } from '@shared/domain/kpi/periodRange';
import type { PaginationState } from '@tanstack/react-table';
import type { SortState } from '../../../ui/DataTable/SortState';
import { type ListFiltersCodec, stringFilters } from '../../../ui/ListPage/listUrl';

type CallOutcome = (typeof CALL_OUTCOMES)[number];

export type ActivitiesTableState = {
  /** Unused (the table has no search box) but every list state carries it. */
  search: string;
  type: ActivityType | '';
  ownerId: string;
  /** Calendar dates in the workspace zone, both inclusive; '' is open-ended. */
  from: string;
  to: string;
  outcome: CallOutcome | '';
  sort: SortState;
  page: PaginationState;
};

export const INITIAL_ACTIVITIES_TABLE: ActivitiesTableState = {
  search: '',
  type: '',
  ownerId: '',
  from: '',
  to: '',
  outcome: '',
  sort: { id: 'doneAt', desc: true },
  page: { pageIndex: 0, pageSize: 25 },
};

export const isActivitySortField = (id: string): id is (typeof ACTIVITY_SORT_FIELDS)[number] =>
  (ACTIVITY_SORT_FIELDS as readonly string[]).includes(id);

const oneOf = (values: readonly string[]) => ({ empty: '', accepts: (value: string) => values.includes(value) });
const date = { empty: '', accepts: (value: string) => DATE_PATTERN.test(value) };

/** `?type=call&ownerId=…&from=2026-12-01&to=2026-12-31&outcome=reached` in the table's URL. */
export const ACTIVITIES_URL_FILTERS: ListFiltersCodec<ActivitiesTableState> = stringFilters<ActivitiesTableState>({
  type: oneOf(ACTIVITY_TYPES),
  ownerId: { empty: '', accepts: (value) => idSchema.safeParse(value).success },
  from: date,
  to: date,
  outcome: oneOf(CALL_OUTCOMES),
});

export const hasActivityFilters = (state: ActivitiesTableState): boolean =>
  state.type !== '' || state.ownerId !== '' || state.from !== '' || state.to !== '' || state.outcome !== '';

/** The dates as [from, to) instants in the zone; a date that does not exist (2026-02-31) is ignored. */
const periodOf = (state: ActivitiesTableState, timeZone: string): { from?: number; to?: number } => {
  const edge = (day: string, side: 'from' | 'to') => {
    try {
      return periodRange({ kind: 'custom', from: day, to: day }, timeZone)[side];
    } catch {
      return undefined;
    }
  };
  const from = state.from ? edge(state.from, 'from') : undefined;
  const to = state.to ? edge(state.to, 'to') : undefined;
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
};

/** What the table shows → the `activities.list` input: the server filters, sorts and pages. */
export const toActivitiesQuery = (state: ActivitiesTableState, timeZone: string): ActivitiesListInput => {
  const sort = state.sort && isActivitySortField(state.sort.id) ? state.sort : null;
  return {
    ...(state.type ? { types: [state.type] } : {}),
    ...(state.ownerId ? { ownerId: state.ownerId } : {}),
    ...periodOf(state, timeZone),
    ...(state.outcome ? { outcome: state.outcome } : {}),
    sort: sort
      ? { field: sort.id as (typeof ACTIVITY_SORT_FIELDS)[number], dir: sort.desc ? 'desc' : 'asc' }
      : { field: 'doneAt', dir: 'desc' },
    offset: state.page.pageIndex * state.page.pageSize,
    limit: state.page.pageSize,
  };
};
