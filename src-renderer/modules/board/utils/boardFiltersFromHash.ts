import { splitHash } from '../../../app/hashParams';
import type { BoardFilters } from '../stores/boardFiltersStore';

/** The board's URL params (`#/pipeline?pipeline=…&owner=…&source=…&segment=…&q=…&mine=1`). */
export const BOARD_PARAMS = {
  pipelineId: 'pipeline',
  ownerId: 'owner',
  sourceId: 'source',
  segmentId: 'segment',
  search: 'q',
  mine: 'mine',
};

/**
 * The board filters a URL names: a reload or a pasted link of a saved view opens the same board.
 * Null when the hash is not the board's (the stage settings, another page).
 */
export const boardFiltersFromHash = (hash: string): BoardFilters | null => {
  const { path, params } = splitHash(hash);
  if (path !== '/pipeline' && path !== '/pipeline/' && path !== '' && path !== '/') return null;
  return {
    pipelineId: params.get(BOARD_PARAMS.pipelineId) || null,
    ownerId: params.get(BOARD_PARAMS.ownerId) || null,
    sourceId: params.get(BOARD_PARAMS.sourceId) || null,
    segmentId: params.get(BOARD_PARAMS.segmentId) || null,
    search: params.get(BOARD_PARAMS.search) ?? '',
    mine: params.get(BOARD_PARAMS.mine) === '1',
  };
};
