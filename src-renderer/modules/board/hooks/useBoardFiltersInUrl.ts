import { useEffect, useState } from 'react';
import { splitHash } from '../../../app/hashParams';
import { useBoardFiltersStore, type BoardFilters } from '../stores/boardFiltersStore';
import { BOARD_PARAMS, boardFiltersFromHash } from '../utils/boardFiltersFromHash';
import { boardFiltersHash, sameBoardFilters } from '../utils/boardFiltersHash';

const filtersOf = (state: BoardFilters): BoardFilters => ({
  pipelineId: state.pipelineId,
  ownerId: state.ownerId,
  sourceId: state.sourceId,
  segmentId: state.segmentId,
  search: state.search,
  mine: state.mine,
});

/** Rewrites the URL to the filters in place (no history entry per keystroke, no hashchange). */
const writeUrl = (filters: BoardFilters): void => {
  const next = boardFiltersHash(filters, window.location.hash);
  if (next !== window.location.hash) window.history.replaceState(window.history.state, '', next);
};

/**
 * Keeps the board's filters and the URL one: a filter changed on the board is written to the URL
 * (so a reload, a link or a saved view holds it), a URL changed (a view applied, Back) sets the
 * filters. Coming back to the board with a bare URL keeps the filters it had; a URL that names
 * filters or a view wins over them. Runs before the saved views read the URL.
 */
export const useBoardFiltersInUrl = (): void => {
  useState(() => {
    const { params } = splitHash(window.location.hash);
    const named = params.has('view') || Object.values(BOARD_PARAMS).some((key) => params.has(key));
    const fromUrl = boardFiltersFromHash(window.location.hash);
    const store = useBoardFiltersStore.getState();
    if (named && fromUrl && !sameBoardFilters(fromUrl, store)) store.update(fromUrl);
    else if (fromUrl) writeUrl(filtersOf(store));
    return null;
  });
  useEffect(() => {
    const unsubscribe = useBoardFiltersStore.subscribe((state) => {
      if (boardFiltersFromHash(window.location.hash)) writeUrl(filtersOf(state));
    });
    const onHash = () => {
      const fromUrl = boardFiltersFromHash(window.location.hash);
      const store = useBoardFiltersStore.getState();
      if (fromUrl && !sameBoardFilters(fromUrl, store)) store.update(fromUrl);
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
};
