import { DEAL_MUTATION_TABLES } from '@shared/contract/dealMutationTables';
import { type Client, RpcFailure } from '@shared/contract/createClient';
import type { Deal } from '@shared/contract/schemas/deals';
import { comparePositions } from '@shared/domain/positions';
import { displayName } from '@shared/i18n/displayName';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createWriteQueue } from '../../../ui/createWriteQueue';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { type GateState, useBoardStore } from '../stores/boardStore';
import { type BoardData, stageOfCard } from '../utils/boardData';
import { type BoardFilterInput, NEXT_PAGE } from '../utils/boardQuery';
import { indexForAnchor } from '../utils/indexForAnchor';
import { focusCard } from '../utils/focusCard';
import { sameJson } from '../../../ui/sameJson';
import { appendCards, dropAnchor, expectedPosition, insertCard, moveCard, removeCard } from '../utils/moveCard';
import { boardEcho } from './boardEcho';

type Anchor = GateState['anchor'];

/**
 * The board's moves and gate ticks reach the core in the order they were made: a drop names the
 * card's neighbours as the earlier drops left them (applied before those it would put the card
 * elsewhere), "Move again" counts on the ticks before it, and a tick's answer carries the
 * card's checklist count, which an earlier tick's answer arriving last would set back.
 */
const inOrder = createWriteQueue();

/** The frame after the store settles is what the user sees; the bench reads these marks. */
const markSettled = () =>
  requestAnimationFrame(() => {
    performance.mark('voronka:move-settled');
  });

/** Card order after the server placed the card: if its key does not sit between its neighbours, the column was rebalanced. */
const keyFits = (data: BoardData, stageId: string, deal: Deal): boolean => {
  const ids = data.columns[stageId]?.cardIds ?? [];
  const index = ids.indexOf(deal.id);
  const before = data.cards[ids[index - 1] ?? ''];
  const after = data.cards[ids[index + 1] ?? ''];
  return (
    (!before || comparePositions(before.position, deal.position) < 0) &&
    (!after || comparePositions(deal.position, after.position) < 0)
  );
};

/**
 * The gate panel's state from a refusal, read with the contract's schema. The schema (and zod)
 * load with the first refusal rather than with the board; if they cannot, the refusal is a toast.
 */
const gateFrom = async (error: unknown, anchor: Anchor): Promise<GateState | null> => {
  if (!(error instanceof RpcFailure) || error.error.code !== 'GATE_BLOCKED') return null;
  const schema = await import('@shared/contract/schemas/controlPoints').then(
    (module) => module.dealGateParamsSchema,
    () => null,
  );
  const parsed = schema?.safeParse(error.error.params);
  if (!parsed?.success) return null;
  const { dealId, action, targetStageId, missing, missingFields } = parsed.data;
  return { dealId, action, targetStageId, anchor, missing, missingFields, ticked: [] };
};

type Snapshot = { version: number; dealId: string; stageId: string; index: number; card: BoardData['cards'][string] };

const snapshotOf = (dealId: string): Snapshot | null => {
  const { data, version } = useBoardStore.getState();
  if (!data) return null;
  const stageId = stageOfCard(data, dealId);
  const card = data.cards[dealId];
  if (!stageId || !card) return null;
  return { version, dealId, stageId, index: data.columns[stageId]?.cardIds.indexOf(dealId) ?? 0, card };
};

/**
 * What the board does to deals: optimistic moves, wins and losses (applied at once, confirmed by
 * the core, rolled back with a translated toast or the gate panel when refused), checklist ticks
 * from the gate panel, paging a column and the quick-add card.
 */
export const useBoardActions = (client: Client, filter: BoardFilterInput, reload: () => void) => {
  const { t } = useTranslation();
  const reportError = useReportError();
  const pushToast = useToastStore((state) => state.push);
  const filterKey = JSON.stringify(filter);

  return useMemo(() => {
    const currentFilter = JSON.parse(filterKey) as BoardFilterInput;
    const store = () => useBoardStore.getState();

    /** Puts a card back where it was, unless a full reload already replaced the board. */
    const restore = (snapshot: Snapshot, removed: boolean) => {
      const { data, version, setData } = store();
      if (!data || version !== snapshot.version) return reload();
      if (removed) return setData(insertCard(data, snapshot.card, snapshot.stageId, snapshot.index));
      const back = moveCard(data, snapshot.dealId, snapshot.stageId, snapshot.index, snapshot.card.stageEnteredAt);
      setData({ ...back, cards: { ...back.cards, [snapshot.dealId]: snapshot.card } });
    };

    const stageNameOf = (stageId: string | null) => {
      const stage = stageId ? store().data?.columns[stageId]?.stage : undefined;
      return stage ? displayName(stage, t, 'stage') : '';
    };
    /** "stage «X», position N of M" of the card as the board shows it now. */
    const placeOf = (dealId: string) => {
      const data = store().data;
      const stageId = data ? stageOfCard(data, dealId) : null;
      const ids = stageId ? (data?.columns[stageId]?.cardIds ?? []) : [];
      return t('board.dnd.place', {
        stage: stageNameOf(stageId),
        position: ids.indexOf(dealId) + 1,
        total: ids.length,
      });
    };
    /** What the live region says when the core refused a move or a win: the reason, item by item. */
    const refusal = (gate: GateState | null, title: string, toStageId: string | null) => {
      if (!gate) return t('board.dnd.notMoved', { title });
      const items = gate.missing.map((item) => displayName(item, t, 'controlPoint')).join(', ');
      return toStageId === null
        ? t('board.dnd.winBlocked', { title, items })
        : t('board.dnd.blocked', { title, stage: stageNameOf(toStageId), items });
    };

    const fail = (error: unknown, gate: GateState | null) => {
      if (gate) return store().setGate(gate);
      if (error instanceof RpcFailure && error.error.code === 'CONFLICT') reload();
      reportError(error);
    };

    /** The moved card as the core sees it now (days in stage, checklist of its new stage). */
    const reconcile = async (deal: Deal, crossed: boolean) => {
      const { data, setData } = store();
      const card = data?.cards[deal.id];
      if (!data || !card) return;
      // The drop already gave the card the key the core chooses between these neighbours; when
      // the core chose another (a filtered board, a rebalanced column) it is written in, and a
      // key that no longer fits between the loaded neighbours means the column was rewritten.
      const ids = data.columns[deal.stageId]?.cardIds ?? [];
      if (deal.position !== expectedPosition(data, ids, ids.indexOf(deal.id)) || card.position !== deal.position) {
        setData({ ...data, cards: { ...data.cards, [deal.id]: { ...card, position: deal.position } } });
        if (!keyFits(data, deal.stageId, deal)) return reload();
      }
      if (!crossed) return;
      const before = data.cards[ids[ids.indexOf(deal.id) - 1] ?? ''];
      const page = await client.call('deals.boardColumn', {
        stageId: deal.stageId,
        ...currentFilter,
        ...(before ? { afterPosition: before.position, afterId: before.id } : {}),
        limit: 1,
      });
      const fresh = page.cards[0];
      const latest = store().data;
      // The optimistic card usually differs (its clock starts at the core's time), but when it
      // does not, the card keeps its object and does not re-render.
      if (fresh?.id === deal.id && latest?.cards[deal.id] && !sameJson(latest.cards[deal.id], fresh)) {
        store().setData({ ...latest, cards: { ...latest.cards, [deal.id]: fresh } });
      }
    };

    const move = async (dealId: string, toStageId: string, index: number) => {
      const snapshot = snapshotOf(dealId);
      const data = store().data;
      if (!snapshot || !data || !data.columns[toStageId]) return;
      if (snapshot.stageId === toStageId && snapshot.index === index) {
        store().announce(t('board.dnd.end', { title: snapshot.card.title, place: placeOf(dealId) }));
        return focusCard(dealId);
      }
      performance.mark('voronka:move-start');
      store().beginEdit();
      const next = moveCard(data, dealId, toStageId, index, Date.now());
      const anchor = dropAnchor(next.columns[toStageId]?.cardIds ?? [], dealId);
      const token = boardEcho.expect(DEAL_MUTATION_TABLES.move);
      // The request leaves before the board re-renders, so the two overlap (unless an earlier
      // move is still on its way: then it leaves once that one is answered).
      const sent = inOrder(() => client.call('deals.move', { id: dealId, toStageId, ...anchor }));
      store().setData(next);
      if (store().gate?.dealId === dealId) store().setGate(null);
      // A drop (or "Move again" in the gate panel, which closes now) keeps focus on the card.
      focusCard(dealId);
      try {
        const deal = await sent;
        performance.mark('voronka:move-confirmed');
        if (boardEcho.settle(token, true)) reload();
        // Settled: the card is where the core put it. Its details (checklist of the new stage)
        // are re-read in the background and patched in if they differ.
        markSettled();
        store().announce(t('board.dnd.end', { title: snapshot.card.title, place: placeOf(dealId) }));
        await reconcile(deal, snapshot.stageId !== toStageId);
        performance.mark('voronka:move-refreshed');
      } catch (error) {
        if (boardEcho.settle(token, false)) reload();
        restore(snapshot, false);
        const gate = await gateFrom(error, anchor);
        fail(error, gate);
        store().announce(refusal(gate, snapshot.card.title, toStageId));
        focusCard(dealId);
        markSettled();
      } finally {
        store().endEdit();
      }
    };

    /** Won and Lost take the card off the board at once; Undo reopens it. */
    const close = async (dealId: string, run: () => Promise<Deal>, method: 'deals.win' | 'deals.lose') => {
      const snapshot = snapshotOf(dealId);
      const data = store().data;
      if (!snapshot || !data) return;
      store().beginEdit();
      store().setData(removeCard(data, dealId));
      if (store().gate?.dealId === dealId) store().setGate(null);
      const token = boardEcho.expect(DEAL_MUTATION_TABLES.move);
      try {
        await inOrder(run);
        if (boardEcho.settle(token, true)) reload();
        if (method === 'deals.win') store().announce(t('board.dnd.won', { title: snapshot.card.title }));
        pushToast({
          tone: 'success',
          message: t(method === 'deals.win' ? 'board.toasts.won' : 'board.toasts.lost', { title: snapshot.card.title }),
          action: {
            label: t('board.toasts.undo'),
            run: () => void client.call('deals.reopen', { id: dealId }).catch(reportError),
          },
        });
      } catch (error) {
        if (boardEcho.settle(token, false)) reload();
        restore(snapshot, true);
        const gate = await gateFrom(error, {});
        fail(error, gate);
        if (method === 'deals.win') store().announce(refusal(gate, snapshot.card.title, null));
        focusCard(dealId);
      } finally {
        store().endEdit();
      }
    };

    const win = (dealId: string) => close(dealId, () => client.call('deals.win', { id: dealId }), 'deals.win');

    return {
      move,
      win,
      /** A move to wherever the card was dropped before the gate stopped it. */
      retry(gate: GateState) {
        if (gate.action === 'win' || gate.targetStageId === null) return win(gate.dealId);
        const ids = store().data?.columns[gate.targetStageId]?.cardIds ?? [];
        return move(gate.dealId, gate.targetStageId, indexForAnchor(ids, gate.anchor));
      },
      lose: (dealId: string, lossReasonId: string, note: string) =>
        close(
          dealId,
          () => client.call('deals.lose', { id: dealId, lossReasonId, ...(note.trim() ? { note: note.trim() } : {}) }),
          'deals.lose',
        ),
      async tick(dealId: string, controlPointId: string, checked: boolean) {
        // The box shows the tick at once; a refused tick puts it back.
        const markTicked = (on: boolean) => {
          const gate = store().gate;
          if (gate?.dealId !== dealId) return;
          const ticked = on
            ? [...new Set([...gate.ticked, controlPointId])]
            : gate.ticked.filter((id) => id !== controlPointId);
          store().setGate({ ...gate, ticked });
        };
        markTicked(checked);
        store().beginEdit();
        const token = boardEcho.expect(DEAL_MUTATION_TABLES.check);
        try {
          const checklist = await inOrder(() => client.call('deals.check', { dealId, controlPointId, checked }));
          if (boardEcho.settle(token, true)) reload();
          const { data, setData } = store();
          const card = data?.cards[dealId];
          if (data && card && stageOfCard(data, dealId) === checklist.stageId) {
            const openChecklist = { required: checklist.required, done: checklist.done };
            setData({ ...data, cards: { ...data.cards, [dealId]: { ...card, openChecklist } } });
          }
        } catch (error) {
          if (boardEcho.settle(token, false)) reload();
          markTicked(!checked);
          reportError(error);
        } finally {
          store().endEdit();
        }
      },
      async loadMore(stageId: string) {
        const { data, version, loadingMore, setLoadingMore } = store();
        const column = data?.columns[stageId];
        const last = column ? data?.cards[column.cardIds[column.cardIds.length - 1] ?? ''] : undefined;
        if (!data || !column?.hasMore || !last || loadingMore[stageId]) return;
        setLoadingMore(stageId, true);
        try {
          const page = await client.call('deals.boardColumn', {
            stageId,
            ...currentFilter,
            afterPosition: last.position,
            afterId: last.id,
            limit: NEXT_PAGE,
          });
          const latest = store();
          if (latest.data && latest.version === version) {
            latest.setData(appendCards(latest.data, stageId, page.cards, page.hasMore));
          }
        } catch (error) {
          reportError(error);
        } finally {
          store().setLoadingMore(stageId, false);
        }
      },
      /**
       * The quick-add card: a new deal at the top of its column, in one write, with the earlier
       * stages' items its creator ticked when the column is past a gate.
       */
      async quickAdd(pipelineId: string, stageId: string, title: string, valueMinor: number, checked: string[]) {
        const deal = await client.call('deals.create', {
          title,
          valueMinor,
          pipelineId,
          stageId,
          placeAt: 'start',
          ...(checked.length > 0 ? { checkedControlPointIds: checked } : {}),
        });
        pushToast({ tone: 'success', message: t('deals.form.created', { title: deal.title }) });
        return deal;
      },
    };
  }, [client, filterKey, reload, reportError, pushToast, t]);
};

export type BoardActions = ReturnType<typeof useBoardActions>;
