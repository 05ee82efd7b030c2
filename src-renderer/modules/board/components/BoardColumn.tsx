import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { displayName } from '@shared/i18n/displayName';
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from 'react-i18next';
import { lazyPart } from '../../../ui/lazyPart';
import type { BoardActions } from '../hooks/useBoardActions';
import { useBoardStore } from '../stores/boardStore';
import type { ColumnState } from '../utils/boardData';
import { columnDropId, type DropData } from '../utils/dndIds';
import { previewIds } from '../utils/dragPreview';
import { ColumnHeader } from './ColumnHeader';
import { GatePanel } from './GatePanel';
import { SortableDealCard } from './SortableDealCard';

// The quick-add form validates with the contract's schema (zod): its code loads when a column's
// "+" first opens it, not with the board.
const QuickAddCard = lazyPart(() => import('./QuickAddCard'), 'QuickAddCard');

/**
 * A card's height before it is measured: the common card (a title on two lines, company, value,
 * one line of signals and "no next step"). The old 104 px (a one-line card) put twice as many
 * cards in the first render as fit, and every measurement then moved the rest down.
 */
const ESTIMATED_CARD = 160;
/** Where a column's list starts below the window's top (top bar, toolbar, column header). */
const LIST_TOP = 260;
/**
 * The list's size before it is measured: the window's height below the headers, so the first
 * render already has the cards in view instead of an overscan's worth and a second pass.
 */
const initialRect = () => ({ width: 0, height: Math.max(0, window.innerHeight - LIST_TOP) });
/** Start fetching the next page this many cards before the end of what is loaded. */
const PAGE_AHEAD = 10;

export type BoardColumnProps = {
  stageId: string;
  column: ColumnState;
  pipelineId: string;
  currency: string;
  asOf: number;
  actions: BoardActions;
  stageName(stageId: string): string;
  onOpen(dealId: string): void;
};

/**
 * One stage: header, quick-add card, and its cards in a virtual list — only the cards in view
 * (plus a few) are in the DOM, and the next page is fetched as the list nears its end, so a
 * column of thousands scrolls like one of ten.
 */
export const BoardColumn = memo(function BoardColumn({
  stageId,
  column,
  pipelineId,
  currency,
  asOf,
  actions,
  stageName,
  onOpen,
}: BoardColumnProps) {
  const { t } = useTranslation();
  // Only the columns a drag touches re-render as it starts, crosses columns and ends.
  const drag = useBoardStore((state) =>
    state.drag && (state.drag.fromStageId === stageId || state.drag.overStageId === stageId) ? state.drag : null,
  );
  const gate = useBoardStore((state) => state.gate);
  const loadingMore = useBoardStore((state) => state.loadingMore[stageId] ?? false);
  const quickAdd = useBoardStore((state) => state.quickAddStageId === stageId);
  const setQuickAdd = useBoardStore((state) => state.setQuickAdd);
  const setGate = useBoardStore((state) => state.setGate);
  const ids = useMemo(() => [...previewIds(column.cardIds, stageId, drag)], [column.cardIds, stageId, drag]);
  // Only this column's cards: a move elsewhere does not re-render it.
  const cards = useBoardStore(useShallow((state) => ids.map((id) => state.data?.cards[id])));

  const dropData: DropData = { kind: 'column', stageId };
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(stageId), data: dropData });
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const setListRef = useCallback(
    (node: HTMLDivElement | null) => {
      scrollRef.current = node;
      setNodeRef(node);
    },
    [setNodeRef],
  );

  // The dragged card and a card showing the gate panel stay mounted even when scrolled away.
  const pinned = [drag ? ids.indexOf(drag.activeId) : -1, gate ? ids.indexOf(gate.dealId) : -1];
  const pinnedKey = pinned.join(',');
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = new Set(defaultRangeExtractor(range));
      for (const index of pinnedKey.split(',').map(Number)) if (index >= 0) indexes.add(index);
      return [...indexes].sort((a, b) => a - b);
    },
    [pinnedKey],
  );
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_CARD,
    initialRect: initialRect(),
    getItemKey: (index) => ids[index] ?? index,
    // Each rendered card is re-rendered twice at a drop (dnd-kit's contexts): two cards beyond
    // the view keep scrolling seamless and make a move ~5 ms cheaper than four (37 cards, not 49).
    overscan: 2,
    gap: 8,
    paddingStart: 8,
    paddingEnd: 8,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (column.hasMore && !loadingMore && lastIndex >= column.cardIds.length - PAGE_AHEAD)
      void actions.loadMore(stageId);
  }, [actions, column.hasMore, column.cardIds.length, lastIndex, loadingMore, stageId]);

  // A refused card scrolls into view so its panel is seen (a keyboard drop may be far down).
  const gateIndex = gate ? ids.indexOf(gate.dealId) : -1;
  useEffect(() => {
    if (gateIndex >= 0) virtualizer.scrollToIndex(gateIndex, { align: 'auto' });
  }, [gateIndex, virtualizer]);

  const toggleQuickAdd = useCallback(() => setQuickAdd(quickAdd ? null : stageId), [quickAdd, setQuickAdd, stageId]);
  const name = displayName(column.stage, t, 'stage');
  const roleDescription = t('board.dnd.roleDescription');
  return (
    <section
      className={isOver ? 'board-column is-over' : 'board-column'}
      aria-label={name}
      data-testid="board-column"
      data-stage-id={stageId}
    >
      <ColumnHeader column={column} currency={currency} onQuickAdd={toggleQuickAdd} />
      {quickAdd ? (
        <QuickAddCard
          stageName={name}
          nameOfStage={stageName}
          currency={currency}
          onSave={(title, valueMinor, checkedIds) =>
            actions.quickAdd(pipelineId, stageId, title, valueMinor, checkedIds)
          }
          onClose={() => setQuickAdd(null)}
        />
      ) : null}
      <div ref={setListRef} className="column-list" data-testid="column-list">
        <SortableContext id={stageId} items={ids} strategy={verticalListSortingStrategy}>
          <div className="column-list-inner" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const id = ids[item.index];
              const card = cards[item.index];
              if (!id || !card) return null;
              const blocked = gate?.dealId === id;
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className="column-row"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <SortableDealCard
                    card={card}
                    stageId={stageId}
                    rotDays={column.stage.rotDays}
                    slaHours={column.stage.slaHours}
                    asOf={asOf}
                    blocked={blocked}
                    roleDescription={roleDescription}
                    onOpen={onOpen}
                  />
                  {blocked && gate ? (
                    <GatePanel
                      action={gate.action}
                      targetName={gate.targetStageId ? stageName(gate.targetStageId) : ''}
                      missing={gate.missing}
                      missingFields={gate.missingFields}
                      ticked={gate.ticked}
                      stageName={stageName}
                      onTick={(controlPointId, checked) => void actions.tick(id, controlPointId, checked)}
                      onRetry={() => void actions.retry(gate)}
                      onClose={() => setGate(null)}
                    />
                  ) : null}
                </div>
              );
            })}
          </div>
        </SortableContext>
        {ids.length === 0 ? <p className="column-empty">{t('board.column.empty')}</p> : null}
        {loadingMore ? <p className="column-loading muted">{t('common.loading')}</p> : null}
      </div>
    </section>
  );
});
