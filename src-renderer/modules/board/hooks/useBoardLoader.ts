import type { Client } from '@shared/contract/createClient';
import type { TableName } from '@shared/contract/tableNames';
import { useCallback, useEffect, useRef } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useReportLoadError } from '../../../ui/toasts/useReportLoadError';
import { useBoardStore } from '../stores/boardStore';
import { fromBoard } from '../utils/boardData';
import { primedCalls } from '../../../platform/data/primedCalls';
import { type BoardFilterInput, boardInput, FIRST_PAGE, MAX_RELOAD } from '../utils/boardQuery';
import { boardEcho } from './boardEcho';

/** Tables whose changes can alter what the board shows. */
export const BOARD_TABLES: readonly TableName[] = [
  'deals',
  'stage_transitions',
  'deal_checks',
  'stages',
  'control_points',
  'users',
  'companies',
  'activities',
  // A pipeline's card fields and their values (chips).
  'pipelines',
  'custom_values',
];

/** Coalesces a burst of pushes (an import, another window's quick edits) into one reload. */
const RELOAD_DELAY_MS = 60;

/** A reload keeps what was paged in, so the column the user scrolled does not jump back. */
const reloadLimit = (): number => {
  const data = useBoardStore.getState().data;
  if (!data) return FIRST_PAGE;
  const loaded = Math.max(0, ...Object.values(data.columns).map((column) => column.cardIds.length));
  return Math.min(MAX_RELOAD, Math.max(FIRST_PAGE, loaded));
};

/** First-load marks the bench reads: request sent, answer received, first frame with cards. */
const markOnce = (name: string) => {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
};

const markBoardPainted = () => {
  markOnce('voronka:board-received');
  // The frame after the commit is the one the user sees.
  requestAnimationFrame(() => markOnce('voronka:board-painted'));
};

const loadBoard = async (client: Client, pipelineId: string, filter: BoardFilterInput, limit: number) => {
  const input = boardInput(pipelineId, filter, limit);
  return fromBoard(await (primedCalls.take('deals.board', input) ?? client.call('deals.board', input)));
};

/**
 * Loads the board for a pipeline and filters, and reloads it when somebody else's change arrives.
 * The board's own moves are applied optimistically and reconciled per column (see useMoveDeal),
 * so their echoes are skipped; a push that arrives mid-drag waits for the drop.
 */
export const useBoardLoader = (pipelineId: string | null, filter: BoardFilterInput): (() => void) => {
  const client = useClient();
  const reportError = useReportLoadError();
  const filterKey = JSON.stringify(filter);
  const pendingReload = useRef(false);
  /** The latest load came back stale: load again once nothing is dragged or in flight. */
  const stale = useRef(false);

  const reload = useCallback(
    (keepPages: boolean) => {
      if (!pipelineId) return;
      const store = useBoardStore.getState();
      const requestId = store.startLoading();
      const edits = store.edits;
      const limit = keepPages ? reloadLimit() : FIRST_PAGE;
      markOnce('voronka:board-requested');
      loadBoard(client, pipelineId, JSON.parse(filterKey) as BoardFilterInput, limit).then(
        (data) => {
          const now = useBoardStore.getState();
          // Read before a local change (or mid-drag): showing it would undo what the user sees.
          if (now.data && (now.drag || now.inflight > 0 || now.edits !== edits)) {
            if (requestId === now.requestId) stale.current = true;
            return;
          }
          now.receive(requestId, data);
          markBoardPainted();
        },
        (error: unknown) => {
          useBoardStore.getState().fail(requestId);
          reportError(error);
        },
      );
    },
    [client, pipelineId, filterKey, reportError],
  );

  useEffect(() => reload(false), [reload]);

  useEffect(() => {
    const watched = new Set(BOARD_TABLES);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const schedule = () => {
      if (timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        const { drag, inflight } = useBoardStore.getState();
        if (drag || inflight > 0) pendingReload.current = true;
        else reload(true);
      }, RELOAD_DELAY_MS);
    };
    const unsubscribe = client.subscribe((event) => {
      if (event.type !== 'data.changed' || !event.tables.some((table) => watched.has(table))) return;
      if (boardEcho.absorb(event.tables)) return;
      schedule();
    });
    // A push that came in mid-drag is applied once the card is dropped and the core confirmed it.
    const unwatchDrag = useBoardStore.subscribe((state) => {
      if (state.drag || state.inflight > 0) return;
      if (pendingReload.current || stale.current) {
        pendingReload.current = false;
        stale.current = false;
        schedule();
      }
    });
    return () => {
      if (timer !== null) clearTimeout(timer);
      unsubscribe();
      unwatchDrag();
    };
  }, [client, reload]);

  return useCallback(() => reload(true), [reload]);
};
