import type { BoardFilters } from '../stores/boardFiltersStore';

/** The filters both `deals.board` and `deals.boardColumn` take, so a column page continues the view. */
export type BoardFilterInput = {
  ownerId?: string;
  sourceId?: string;
  segmentId?: string;
  search?: string;
  mine: boolean;
};

export const toBoardFilter = (filters: BoardFilters, search: string): BoardFilterInput => {
  const text = search.trim();
  return {
    ...(filters.ownerId ? { ownerId: filters.ownerId } : {}),
    ...(filters.sourceId ? { sourceId: filters.sourceId } : {}),
    ...(filters.segmentId ? { segmentId: filters.segmentId } : {}),
    ...(text ? { search: text } : {}),
    mine: filters.mine,
  };
};

/** Cards a column asks for at first; the rest page in as the column scrolls. */
export const FIRST_PAGE = 24;
export const NEXT_PAGE = 50;
/** The most cards a reload may ask per column (keeps what was paged in on screen). */
export const MAX_RELOAD = 500;

/** The `deals.board` input for a view; start-up primes the same call, so it must be built here. */
export const boardInput = (pipelineId: string, filter: BoardFilterInput, limitPerStage: number) => ({
  pipelineId,
  ...filter,
  limitPerStage,
});
