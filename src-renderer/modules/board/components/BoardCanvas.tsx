import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core';
import { displayName } from '@shared/i18n/displayName';
import type { Pipeline } from '@shared/contract/schemas/pipelines';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardActions } from '../hooks/useBoardActions';
import { useBoardAnnouncements } from '../hooks/useBoardAnnouncements';
import { justDragged, useBoardDnd } from '../hooks/useBoardDnd';
import { useBoardStore } from '../stores/boardStore';
import type { BoardData } from '../utils/boardData';
import type { DragState } from '../utils/dragPreview';
import { BoardAnnouncer } from './BoardAnnouncer';
import { BoardColumn } from './BoardColumn';
import { DealCardView } from './DealCardView';
import { DropZones } from './DropZones';
import { CardFieldsContext } from '../hooks/CardFieldsContext';
import { CardTextContext } from '../hooks/CardTextContext';
import { useCardTextValue } from '../hooks/useCardTextValue';
import { useCardFields } from '../hooks/useCardFields';

/**
 * No drop animation: the card is already drawn where it lands (the store moved it at the drop),
 * and animating the overlay there costs a forced layout in the frame the user waits on.
 */
const DROP_ANIMATION = null;

/**
 * Droppables are measured while a card is dragged (cards shift, columns scroll and page in), not
 * on every board render outside a drag: a move's re-render then costs no layout reads.
 */
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };

/**
 * The board's parts the canvas draws, not the board itself: a change to cards only (the moved
 * card's details re-read, a reload with the same columns) leaves these as they were, so the
 * canvas and its drag-and-drop context do not re-render, and only the changed card does.
 */
export type BoardCanvasProps = {
  pipeline: Pipeline;
  stageIds: BoardData['stageIds'];
  columns: BoardData['columns'];
  currency: string;
  asOf: number;
  actions: BoardActions;
  onOpen(dealId: string): void;
};

/** The dragged card as the store holds it now (the overlay's picture of it). */
const activeCardOf =
  (drag: DragState | null) =>
  (state: { data: BoardData | null }): BoardData['cards'][string] | undefined =>
    drag ? state.data?.cards[drag.activeId] : undefined;

/** The columns side by side under one drag-and-drop context, the drag overlay and the Won/Lost zones. */
export const BoardCanvas = memo(function BoardCanvas({
  pipeline,
  stageIds,
  columns,
  currency,
  asOf,
  actions,
  onOpen,
}: BoardCanvasProps) {
  const { t } = useTranslation();
  const dnd = useBoardDnd(actions);
  const accessibility = useBoardAnnouncements();
  const drag = useBoardStore((state) => state.drag);
  const active = useBoardStore(activeCardOf(drag));
  const activeColumn = drag ? columns[drag.fromStageId] : undefined;
  const cardFields = useCardFields(pipeline.cardFieldIds);
  const cardText = useCardTextValue(asOf);

  // Reads the store when called, so columns need not re-render when another column changes.
  const stageName = useCallback(
    (stageId: string) => {
      const stage = useBoardStore.getState().data?.columns[stageId]?.stage;
      return stage ? displayName(stage, t, 'stage') : '';
    },
    [t],
  );
  const open = useCallback(
    (dealId: string) => {
      if (!justDragged()) onOpen(dealId);
    },
    [onOpen],
  );

  return (
    <CardFieldsContext.Provider value={cardFields}>
      <CardTextContext.Provider value={cardText}>
        <DndContext
          sensors={dnd.sensors}
          collisionDetection={dnd.collisionDetection}
          measuring={MEASURING}
          accessibility={accessibility}
          onDragStart={dnd.onDragStart}
          onDragOver={dnd.onDragOver}
          onDragEnd={dnd.onDragEnd}
          onDragCancel={dnd.onDragCancel}
        >
          <div className="board-columns" data-testid="board-columns">
            {stageIds.map((stageId) => {
              const column = columns[stageId];
              return column ? (
                <BoardColumn
                  key={stageId}
                  stageId={stageId}
                  column={column}
                  pipelineId={pipeline.id}
                  currency={currency}
                  asOf={asOf}
                  actions={actions}
                  stageName={stageName}
                  onOpen={open}
                />
              ) : null;
            })}
          </div>
          <DropZones visible={drag !== null} />
          <DragOverlay dropAnimation={DROP_ANIMATION}>
            {active && activeColumn ? (
              // dnd-kit measures the overlay's only child: the tilt goes one level deeper so the
              // measured box stays where the card is (keyboard moves compare edges exactly).
              <div className="deal-card-overlay">
                <div className={active.rotting ? 'deal-card is-overlay is-rotting' : 'deal-card is-overlay'}>
                  <DealCardView
                    card={active}
                    rotDays={activeColumn.stage.rotDays}
                    slaHours={activeColumn.stage.slaHours}
                    asOf={asOf}
                  />
                </div>
              </div>
            ) : null}
          </DragOverlay>
          <BoardAnnouncer />
        </DndContext>
      </CardTextContext.Provider>
    </CardFieldsContext.Provider>
  );
});
