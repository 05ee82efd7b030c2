import { create } from 'zustand';

/** What the board shows: which pipeline and which deals of it. Survives leaving the page. */
export type BoardFilters = {
  pipelineId: string | null;
  ownerId: string | null;
  sourceId: string | null;
  search: string;
  mine: boolean;
};

type BoardFiltersState = BoardFilters & { update(patch: Partial<BoardFilters>): void; reset(): void };

const INITIAL: BoardFilters = { pipelineId: null, ownerId: null, sourceId: null, search: '', mine: false };

export const useBoardFiltersStore = create<BoardFiltersState>()((set) => ({
  ...INITIAL,
  update: (patch) => set(patch),
  reset: () => set({ ownerId: null, sourceId: null, search: '', mine: false }),
}));
