/** Where a card goes in a column's ids for a drop anchor (the end when the neighbour is gone). */
export const indexForAnchor = (ids: readonly string[], anchor: { afterId?: string; beforeId?: string }): number => {
  if (anchor.afterId !== undefined) {
    const index = ids.indexOf(anchor.afterId);
    if (index >= 0) return index + 1;
  }
  if (anchor.beforeId !== undefined) {
    const index = ids.indexOf(anchor.beforeId);
    if (index >= 0) return index;
  }
  return ids.length;
};
