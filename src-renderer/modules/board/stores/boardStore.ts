import type { DealGateParams } from '@shared/contract/schemas/controlPoints';
import { create } from 'zustand';
import type { BoardData } from '../utils/boardData';
import { keepUnchanged } from '../utils/keepUnchanged';
import type { DragState } from '../utils/dragPreview';

/** A refused move or win, shown on the card with the items that block it. */
export type GateState = {
  dealId: string;
  action: DealGateParams['action'];
  /** Where the card was going (a move), null for a win. */
  targetStageId: string | null;
  /** Where in the target column it was dropped, to retry the same drop. */
  anchor: { afterId?: string; beforeId?: string };
  missing: DealGateParams['missing'];
  missingFields: DealGateParams['missingFields'];
  /** Items ticked in the panel since it opened. */
  ticked: string[];
};

export type BoardStatus = 'loading' | 'ready' | 'error';

type BoardState = {
  data: BoardData | null;
  status: BoardStatus;
  /** Latest full load; answers to older ones are dropped. */
  requestId: number;
  /** Bumped by every full load: an optimistic change made before it is not rolled back over it. */
  version: number;
  loadingMore: Record<string, boolean>;
  drag: DragState | null;
  gate: GateState | null;
  /** The column whose quick-add card is open. */
  quickAddStageId: string | null;
  /** The card the Lost dialog asks about. */
  losingDealId: string | null;
  /**
   * What the board's live region says once the core has answered a drop (moved, or refused and
   * why); `seq` makes the same words twice a new announcement.
   */
  announcement: { text: string; seq: number };
  /**
   * Local changes made (optimistic moves, wins, ticks) and how many still wait for the core: a
   * full load that started before the latest change, or lands while one is in flight, is stale.
   */
  edits: number;
  inflight: number;
  beginEdit(): void;
  endEdit(): void;
  startLoading(): number;
  receive(requestId: number, data: BoardData): void;
  fail(requestId: number): void;
  setData(data: BoardData): void;
  setLoadingMore(stageId: string, loading: boolean): void;
  setDrag(drag: DragState | null): void;
  setGate(gate: GateState | null): void;
  setQuickAdd(stageId: string | null): void;
  setLosing(dealId: string | null): void;
  announce(text: string): void;
};

export const useBoardStore = create<BoardState>()((set, get) => ({
  data: null,
  status: 'loading',
  requestId: 0,
  version: 0,
  loadingMore: {},
  drag: null,
  gate: null,
  quickAddStageId: null,
  losingDealId: null,
  announcement: { text: '', seq: 0 },
  edits: 0,
  inflight: 0,
  beginEdit: () => set((state) => ({ edits: state.edits + 1, inflight: state.inflight + 1 })),
  endEdit: () => set((state) => ({ inflight: Math.max(0, state.inflight - 1) })),
  startLoading() {
    const requestId = get().requestId + 1;
    set({ requestId, status: get().data ? get().status : 'loading' });
    return requestId;
  },
  receive(requestId, data) {
    if (requestId !== get().requestId) return;
    // Unchanged cards and columns keep their objects: a reload re-renders only what changed.
    set((state) => ({ data: keepUnchanged(state.data, data), status: 'ready', version: state.version + 1, loadingMore: {} }));
  },
  fail(requestId) {
    if (requestId !== get().requestId) return;
    set({ status: 'error' });
  },
  setData: (data) => set({ data }),
  setLoadingMore: (stageId, loading) => set((state) => ({ loadingMore: { ...state.loadingMore, [stageId]: loading } })),
  setDrag: (drag) => set({ drag }),
  setGate: (gate) => set({ gate }),
  setQuickAdd: (quickAddStageId) => set({ quickAddStageId }),
  setLosing: (losingDealId) => set({ losingDealId }),
  announce: (text) => set((state) => ({ announcement: { text, seq: state.announcement.seq + 1 } })),
}));
