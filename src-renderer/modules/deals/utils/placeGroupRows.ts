/** A group as the table places its header: its key, how many rows it has, whether it is folded. */
export type PlacedGroup = { key: string; count: number; folded: boolean };

/** A header to draw: its group, and whether its rows began on an earlier page. */
export type GroupHeader<G extends PlacedGroup> = { group: G; continued: boolean };

export type GroupPlacement<G extends PlacedGroup> = {
  /** Headers before the row at each page index. */
  before: ReadonlyMap<number, GroupHeader<G>[]>;
  /** Headers after the page's last row: folded groups that sort after every shown row, on the last page. */
  after: GroupHeader<G>[];
};

/**
 * Where a grouped page's header rows go, from the groups in the table's order (`deals.groups`) and
 * the page's place in the rows (which leave out the folded groups): a shown group's header before
 * its first row, again at the top of a page its rows continue onto; a folded group's header where
 * its rows would have been, so it keeps its place among the others and can be unfolded.
 */
export const placeGroupRows = <G extends PlacedGroup>(
  groups: readonly G[],
  pageStart: number,
  /** The page's size (or its rows). */
  pageRows: number,
): GroupPlacement<G> => {
  const before = new Map<number, GroupHeader<G>[]>();
  const after: GroupHeader<G>[] = [];
  const shownTotal = groups.reduce((sum, group) => sum + (group.folded ? 0 : group.count), 0);
  // The rows the page holds (a last page holds fewer than its size).
  const pageEnd = Math.min(pageStart + pageRows, shownTotal);
  const add = (index: number, header: GroupHeader<G>) => before.set(index, [...(before.get(index) ?? []), header]);
  let offset = 0;
  for (const group of groups) {
    if (group.folded) {
      if (offset >= pageStart && offset < pageEnd) add(offset - pageStart, { group, continued: false });
      else if (offset >= shownTotal && pageEnd >= shownTotal) after.push({ group, continued: false });
      continue;
    }
    const end = offset + group.count;
    if (offset >= pageStart && offset < pageEnd) add(offset - pageStart, { group, continued: false });
    else if (offset < pageStart && end > pageStart) add(0, { group, continued: true });
    offset = end;
  }
  return { before, after };
};
