import { PAGE_SIZES } from '../DataTable/Pagination';
import type { SortState } from '../DataTable/SortState';
import type { ListState } from './useListState';

/**
 * How one page's own filters sit in the URL: the params it owns, its state as params (values left
 * out are the defaults) and back. The search, sort and page are the same for every list.
 */
export type ListFiltersCodec<S> = {
  keys: readonly string[];
  write(state: S): Record<string, string>;
  read(params: URLSearchParams): Partial<S>;
};

/** The params every list owns: `q` (search), `sort` (`-field` = descending), `page` (from 1), `size`. */
const COMMON_KEYS = ['q', 'sort', 'page', 'size'] as const;

export const listParamKeys = <S>(codec: ListFiltersCodec<S>): string[] => [...COMMON_KEYS, ...codec.keys];

const sortParam = (sort: SortState): string => (sort ? `${sort.desc ? '-' : ''}${sort.id}` : '');

const readSort = (value: string | null, isSortField: (id: string) => boolean): SortState | undefined => {
  if (!value) return undefined;
  const id = value.replace(/^-/, '');
  return isSortField(id) ? { id, desc: value.startsWith('-') } : undefined;
};

const readPositive = (value: string | null): number | undefined => {
  const number = Number(value);
  return value !== null && Number.isInteger(number) && number > 0 ? number : undefined;
};

/** A list's state as URL params; what equals `initial` is left out, so a fresh list has a bare URL. */
export const listToParams = <S extends ListState>(
  state: S,
  initial: S,
  codec: ListFiltersCodec<S>,
): Record<string, string> => {
  const params: Record<string, string> = {};
  if (state.search) params.q = state.search;
  if (state.sort && sortParam(state.sort) !== sortParam(initial.sort)) params.sort = sortParam(state.sort);
  if (state.page.pageIndex > 0) params.page = String(state.page.pageIndex + 1);
  if (state.page.pageSize !== initial.page.pageSize) params.size = String(state.page.pageSize);
  return { ...params, ...codec.write(state) };
};

/** The list the URL describes; anything missing or not understood keeps its initial value. */
export const listFromParams = <S extends ListState>(
  params: URLSearchParams,
  initial: S,
  codec: ListFiltersCodec<S>,
  isSortField: (id: string) => boolean,
): S => {
  const size = readPositive(params.get('size'));
  const page = readPositive(params.get('page'));
  // A size the table does not offer (a hand-edited link) is ignored.
  const pageSize = size !== undefined && PAGE_SIZES.includes(size) ? size : initial.page.pageSize;
  return {
    ...initial,
    ...codec.read(params),
    search: params.get('q') ?? initial.search,
    sort: readSort(params.get('sort'), isSortField) ?? initial.sort,
    page: { pageIndex: page === undefined ? 0 : page - 1, pageSize },
  };
};

/** One string filter: its value when nothing is chosen, and which values a URL may set. */
export type StringFilter = { empty: string; accepts(value: string): boolean };

/**
 * Plain string filters (`status`, `stageId`…) named as in the state: the empty value is left out
 * of the URL, and a value the filter does not accept (a hand-edited or stale link) is ignored.
 */
export const stringFilters = <S>(filters: Partial<Record<keyof S & string, StringFilter>>): ListFiltersCodec<S> => {
  const entries = Object.entries(filters) as [keyof S & string, StringFilter][];
  return {
    keys: entries.map(([key]) => key),
    write: (state) =>
      Object.fromEntries(
        entries.flatMap(([key, filter]) => {
          const value = state[key];
          return typeof value === 'string' && value !== filter.empty ? [[key, value]] : [];
        }),
      ),
    read: (params) =>
      Object.fromEntries(
        entries.flatMap(([key, filter]) => {
          const value = params.get(key);
          return value !== null && filter.accepts(value) ? [[key, value]] : [];
        }),
      ) as Partial<S>,
  };
};
