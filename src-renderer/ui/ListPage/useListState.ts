import type { PaginationState } from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import { joinHash, splitHash } from '../../app/hashParams';
import type { SortState } from '../DataTable/SortState';
import { useDebouncedValue } from '../useDebouncedValue';
import { type ListFiltersCodec, listFromParams, listParamKeys, listToParams } from './listUrl';

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

/** Each list's last URL (path → hash), so a record page's "All companies" link returns to it. */
const lastListHashes = new Map<string, string>();

/** The list at `path` as the user last left it in this window (`#/companies?q=…`), or bare. */
export const listHref = (path: string): string => lastListHashes.get(path) ?? `#${path}`;

/** Whether the window's address is at `path` (its hash's part before the query). */
const isAt = (path: string): boolean => splitHash(window.location.hash).path === path;

const sameParams = (a: Record<string, string>, b: Record<string, string>): boolean =>
  new URLSearchParams(a).toString() === new URLSearchParams(b).toString();

/**
 * The state of a server-side searched, filtered, sorted and paged records table, kept in the URL
 * hash's query (`#/deals?q=…&sort=-createdAt&page=2&status=open`): a reload, Back from a record
 * page and a pasted link show the same list. Changes replace the history entry rather than add
 * one, so Back leaves the list instead of stepping through every keystroke and page; params the
 * list does not own (the open deal) stay as they are.
 */
export const useListState = <S extends ListState>(
  initial: S,
  isSortField: (id: string) => boolean,
  filters: ListFiltersCodec<S>,
): ListStateControl<S> => {
  const fromUrl = () => listFromParams(splitHash(window.location.hash).params, initial, filters, isSortField);
  const [state, setState] = useState(fromUrl);
  // The list's own address. While a page is leaving or arriving, two lists may be mounted for a
  // moment: each reads and writes the URL only while it is its own (the companies list read the
  // deals list's URL on Back and wrote its own sort over `sort=-valueMinor`).
  const [ownPath] = useState(() => splitHash(window.location.hash).path);
  const search = useDebouncedValue(state.search, SEARCH_DELAY_MS);
  const update = (patch: Partial<S>) => setState((current) => ({ ...current, ...patch }));

  useEffect(() => {
    if (!isAt(ownPath)) return;
    const { path, params } = splitHash(window.location.hash);
    const own = listToParams(state, initial, filters);
    for (const key of listParamKeys(filters)) params.delete(key);
    for (const [key, value] of Object.entries(own)) params.set(key, value);
    const next = joinHash(path, params);
    if (next !== window.location.hash) window.history.replaceState(window.history.state, '', next);
    lastListHashes.set(path, joinHash(path, new URLSearchParams(own)));
  }, [state, initial, filters, ownPath]);

  useEffect(() => {
    // Back/Forward or a link to the same page with other params (the sidebar's bare #/deals).
    const onHashChange = () => {
      if (!isAt(ownPath)) return;
      const next = fromUrl();
      setState((current) =>
        sameParams(listToParams(current, initial, filters), listToParams(next, initial, filters)) ? current : next,
      );
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
    // fromUrl reads only these.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initial, filters, isSortField, ownPath]);

  return {
    state,
    settled: { ...state, search },
    filter: (patch) => update({ ...patch, page: { ...state.page, pageIndex: 0 } }),
    setSort: (sort) => update({ sort: sort && isSortField(sort.id) ? sort : initial.sort } as Partial<S>),
    setPage: (page) => update({ page } as Partial<S>),
  };
};
