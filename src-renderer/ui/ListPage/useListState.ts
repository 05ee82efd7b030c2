import type { PaginationState } from '@tanstack/react-table';
import { useState } from 'react';
import type { SortState } from '../DataTable/SortState';
import { useDebouncedValue } from '../useDebouncedValue';

/** What every records table keeps: the search as typed, the sort and the page. */
export type ListState = { search: string; sort: SortState; page: PaginationState };

export type ListStateControl<S extends ListState> = {
  /** As the user set it: the search box shows this. */
  state: S;
  /** The same with the search once typing has paused: what the query and "is it filtered?" read. */
  settled: S;
  /** A new search or filter value: the list starts again from its first page. */
  filter(patch: Partial<S>): void;
  /** A header click; a column the server cannot sort by falls back to the initial sort. */
  setSort(sort: SortState): void;
  setPage(page: PaginationState): void;
};

/** How long typing must pause before the search goes to the server. */
const SEARCH_DELAY_MS = 250;

/** The state of a server-side searched, filtered, sorted and paged records table. */
export const useListState = <S extends ListState>(
  initial: S,
  isSortField: (id: string) => boolean,
): ListStateControl<S> => {
  const [state, setState] = useState(initial);
  const search = useDebouncedValue(state.search, SEARCH_DELAY_MS);
  const update = (patch: Partial<S>) => setState((current) => ({ ...current, ...patch }));
  return {
    state,
    settled: { ...state, search },
    filter: (patch) => update({ ...patch, page: { ...state.page, pageIndex: 0 } }),
    setSort: (sort) => update({ sort: sort && isSortField(sort.id) ? sort : initial.sort } as Partial<S>),
    setPage: (page) => update({ page } as Partial<S>),
  };
};
