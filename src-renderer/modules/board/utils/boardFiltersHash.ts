import { joinHash, splitHash } from '../../../app/hashParams';
import type { BoardFilters } from '../stores/boardFiltersStore';
import { BOARD_PARAMS } from './boardFiltersFromHash';

/** The hash with the board's filters as its params; the others (the open deal, the view) stay. */
export const boardFiltersHash = (filters: BoardFilters, hash: string): string => {
  const { path, params } = splitHash(hash);
  for (const key of Object.values(BOARD_PARAMS)) params.delete(key);
  if (filters.pipelineId) params.set(BOARD_PARAMS.pipelineId, filters.pipelineId);
  if (filters.ownerId) params.set(BOARD_PARAMS.ownerId, filters.ownerId);
  if (filters.sourceId) params.set(BOARD_PARAMS.sourceId, filters.sourceId);
  if (filters.segmentId) params.set(BOARD_PARAMS.segmentId, filters.segmentId);
  if (filters.search !== '') params.set(BOARD_PARAMS.search, filters.search);
  if (filters.mine) params.set(BOARD_PARAMS.mine, '1');
  return joinHash(path === '' || path === '/' ? '/pipeline' : path, params);
};

/** Whether two filter sets show the same board. */
export const sameBoardFilters = (a: BoardFilters, b: BoardFilters): boolean =>
  (Object.keys(BOARD_PARAMS) as (keyof BoardFilters)[]).every((key) => a[key] === b[key]);
