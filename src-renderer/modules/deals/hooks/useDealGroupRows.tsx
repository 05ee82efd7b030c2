import type { DealGroupRow, DealGroupsInput } from '@shared/contract/schemas/deals';
import { displayName } from '@shared/i18n/displayName';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import type { DataTableProps } from '../../../ui/DataTable/DataTable';
import { DealGroupHeader } from '../components/DealGroupHeader';
import { ensureDealGroupsMessages } from '../utils/ensureDealGroupsMessages';
import { placeGroupRows } from '../utils/placeGroupRows';
import { type DealsTableState, foldedGroupsOf, toDealsQuery } from '../utils/toDealsQuery';

/**
 * A grouped deals table's header rows: the groups of every matching deal (`deals.groups`: counts and
 * sums over all pages), each placed before its first row on the page (`placeGroupRows`), a folded
 * one where its rows would be. Undefined while the table is not grouped.
 */
export const useDealGroupRows = (
  state: DealsTableState,
  onToggle: (key: string) => void,
): DataTableProps<unknown>['groupRows'] => {
  const { t, i18n } = useTranslation();
  ensureDealGroupsMessages(i18n);
  const {
    sort: _sort,
    offset: _offset,
    limit: _limit,
    groupBy: _groupBy,
    collapsedGroups: _folded,
    ...filters
  } = toDealsQuery(state);
  const input: DealGroupsInput | null = state.group ? { ...filters, groupBy: state.group } : null;
  const groups = useLiveQuery('deals.groups', input, ['deals', 'stages', 'users', 'lead_sources', 'custom_values']).data
    ?.groups;
  if (!state.group || !groups) return undefined;
  const folded = new Set(foldedGroupsOf(state));
  const nameOf = (group: DealGroupRow): string => {
    if (group.key === '') return t(state.group === 'owner' ? 'dealGroups.noOwner' : 'dealGroups.noSource');
    if (state.group === 'owner') return group.name ?? '';
    return displayName(group, t, state.group === 'stage' ? 'stage' : 'leadSource');
  };
  const placed = placeGroupRows(
    groups.map((group) => ({ ...group, folded: folded.has(group.key) })),
    state.page.pageIndex * state.page.pageSize,
    state.page.pageSize,
  );
  const render = (headers: typeof placed.after, colSpan: number) =>
    headers.map(({ group, continued }) => (
      <DealGroupHeader
        key={`group:${group.key}`}
        group={group}
        name={nameOf(group)}
        folded={group.folded}
        continued={continued}
        colSpan={colSpan}
        onToggle={onToggle}
      />
    ));
  return {
    before: (index, colSpan) => render(placed.before.get(index) ?? [], colSpan),
    after: (colSpan) => (placed.after.length > 0 ? render(placed.after, colSpan) : null),
  };
};
