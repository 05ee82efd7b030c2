import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core';
import { displayName } from '@shared/i18n/displayName';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardActions } from '../hooks/useBoardActions';
import { useBoardAnnouncements } from '../hooks/useBoardAnnouncements';
import { justDragged, useBoardDnd } from '../hooks/useBoardDnd';
import { useBoardStore } from '../stores/boardStore';
import type { BoardData } from '../utils/boardData';
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

export type BoardCanvasProps = { data: BoardData; actions: BoardActions; onOpen(dealId: string): void };

/** The columns side by side under one drag-and-drop context, the drag overlay and the Won/Lost zones. */
export const BoardCanvas = ({ data, actions, onOpen }: BoardCanvasProps) => {
  const { t } = useTranslation();
  const dnd = useBoardDnd(actions);
  const accessibility = useBoardAnnouncements();
  const drag = useBoardStore((state) => state.drag);
  const active = drag ? data.cards[drag.activeId] : undefined;
  const activeColumn = drag ? data.columns[drag.fromStageId] : undefined;
  const cardFields = useCardFields(data.pipeline.cardFieldIds);
  const cardText = useCardTextValue();

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
            {data.stageIds.map((stageId) => {
              const column = data.columns[stageId];
              return column ? (
                <BoardColumn
                  key={stageId}
                  stageId={stageId}
                  column={column}
                  pipelineId={data.pipeline.id}
                  currency={data.currency}
                  asOf={data.asOf}
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
                    asOf={data.asOf}
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
};
