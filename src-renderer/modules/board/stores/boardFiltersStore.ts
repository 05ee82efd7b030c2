import { create } from 'zustand';
import { boardFiltersFromHash } from '../utils/boardFiltersFromHash';

/** What the board shows: which pipeline and which deals of it. Survives leaving the page; in the URL. */
export type BoardFilters = {
  pipelineId: string | null;
  ownerId: string | null;
  sourceId: string | null;
  /** A saved segment (segments.list): only its deals. */
  segmentId: string | null;
  search: string;
  mine: boolean;
};

type BoardFiltersState = BoardFilters & { update(patch: Partial<BoardFilters>): void; reset(): void };

const INITIAL: BoardFilters = {
  pipelineId: null,
  ownerId: null,
  sourceId: null,
  segmentId: null,
  search: '',
  mine: false,
};

export const useBoardFiltersStore = create<BoardFiltersState>()((set) => ({
  // A reload keeps the filters the URL names (a saved view's, a pasted link's).
  ...(boardFiltersFromHash(window.location.hash) ?? INITIAL),
  update: (patch) => set(patch),
  reset: () => set({ ownerId: null, sourceId: null, segmentId: null, search: '', mine: false }),
}));
