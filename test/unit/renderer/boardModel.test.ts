import type { Board, BoardCard } from '@shared/contract/schemas/board';
import type { Stage } from '@shared/contract/schemas/pipelines';
import { keyBetweenNeighbours } from '@shared/domain/listPlacement';
import { describe, expect, it } from 'vitest';
import {
  type BoardData,
  type ColumnState,
  fromBoard,
  stageOfCard,
} from '../../../src-renderer/modules/board/utils/boardData';
import { adjustTotals } from '../../../src-renderer/modules/board/utils/columnTotals';
import { idsAfterDrop, previewIds } from '../../../src-renderer/modules/board/utils/dragPreview';
import { indexForAnchor } from '../../../src-renderer/modules/board/utils/indexForAnchor';
import {
  appendCards,
  dropAnchor,
  expectedPosition,
  insertCard,
  moveCard,
  removeCard,
} from '../../../src-renderer/modules/board/utils/moveCard';

const stage = (id: string, probability: number): Stage => ({
  id,
  pipelineId: 'p',
  name: id,
  defaultKey: null,
  funnelStep: 'interest',
  position: id,
  probability,
  rotDays: 10,
  slaHours: null,
  playbook: null,
  archivedAt: null,
});

const card = (id: string, valueMinor: number, extra: Partial<BoardCard> = {}): BoardCard => ({
  id,
  title: id,
  companyId: null,
  companyName: null,
  kind: 'new',
  valueMinor,
  currency: 'RUB',
  ownerId: null,
  ownerName: null,
  expectedCloseOn: null,
  stageEnteredAt: 0,
  daysInStage: 12,
  rotting: true,
  position: `a${id}`,
  nextTask: null,
  hasNextStep: false,
  firstTouchAt: null,
  openChecklist: { required: 4, done: 1 },
  ...extra,
});

/** Two columns: A (15 %) with cards a1, a2, a3 and B (35 %) with b1, whose checklist has 2 items. */
const board = (): BoardData =>
  fromBoard({
    pipeline: { id: 'p', name: 'P', defaultKey: null, position: 'a0', archivedAt: null, cardFieldIds: [] },
    asOf: 0,
    currency: 'RUB',
    columns: [
      {
        stageId: 'A',
        stage: stage('A', 0.15),
        count: 5,
        byCurrency: [
          { currency: 'RUB', count: 4, sumMinor: 1_000, weightedMinor: 150 },
          { currency: 'USD', count: 1, sumMinor: 300, weightedMinor: 45 },
        ],
        cards: [card('a1', 100), card('a2', 200), card('a3', 300, { currency: 'USD' })],
        hasMore: true,
      },
      {
        stageId: 'B',
        stage: stage('B', 0.35),
        count: 1,
        byCurrency: [{ currency: 'RUB', count: 1, sumMinor: 50, weightedMinor: 18 }],
        cards: [card('b1', 50, { openChecklist: { required: 2, done: 0 } })],
        hasMore: false,
      },
    ],
    totals: {
      count: 6,
      byCurrency: [
        { currency: 'RUB', count: 5, sumMinor: 1_050, weightedMinor: 168 },
        { currency: 'USD', count: 1, sumMinor: 300, weightedMinor: 45 },
      ],
    },
  } satisfies Board);

const rub = (column: ColumnState | undefined) => column?.byCurrency.find((total) => total.currency === 'RUB');

describe('board model', () => {
  it('normalises the board: cards by id, column ids in order', () => {
    const data = board();
    expect(data.stageIds).toEqual(['A', 'B']);
    expect(data.columns.A?.cardIds).toEqual(['a1', 'a2', 'a3']);
    expect(stageOfCard(data, 'b1')).toBe('B');
    expect(stageOfCard(data, 'zz')).toBeNull();
  });

  it('moves a card across columns: both headers change as the core computes them, the stage clocks restart', () => {
    const touched = board();
    touched.cards.a2 = card('a2', 200, { firstTouchAt: 1000 });
    const next = moveCard(touched, 'a2', 'B', 0, 1234);
    expect(next.columns.A).toMatchObject({ cardIds: ['a1', 'a3'], count: 4 });
    expect(rub(next.columns.A)).toMatchObject({ sumMinor: 800, weightedMinor: 120 });
    expect(next.columns.B).toMatchObject({ cardIds: ['a2', 'b1'], count: 2 });
    expect(rub(next.columns.B)).toMatchObject({ sumMinor: 250, weightedMinor: 88 });
    expect(next.cards.a2).toMatchObject({
      daysInStage: 0,
      rotting: false,
      stageEnteredAt: 1234,
      // The deal's first touch stays: a touched deal shows no SLA clock in its new stage either.
      firstTouchAt: 1000,
      openChecklist: { required: 2, done: 0 },
    });
  });

  it('keeps other currencies apart in the headers', () => {
    const next = moveCard(board(), 'a3', 'B', 1, 0);
    expect(next.columns.A).toMatchObject({
      count: 4,
      byCurrency: [{ currency: 'RUB', count: 4, sumMinor: 1_000, weightedMinor: 150 }],
    });
    expect(next.columns.B?.byCurrency).toEqual([
      { currency: 'RUB', count: 1, sumMinor: 50, weightedMinor: 18 },
      { currency: 'USD', count: 1, sumMinor: 300, weightedMinor: 105 },
    ]);
  });

  it('lists a currency new to a column in the board order, the workspace currency first', () => {
    const data = board();
    data.columns.B = { ...data.columns.B!, byCurrency: [] };
    const usd = moveCard(data, 'a3', 'B', 0, 0);
    const both = moveCard(usd, 'a1', 'B', 0, 0);
    expect(both.columns.B?.byCurrency.map((total) => total.currency)).toEqual(['RUB', 'USD']);
    expect(both.currencies).toEqual(['RUB', 'USD']);
  });

  it('reorders within a column without touching its totals', () => {
    const before = board();
    const next = moveCard(before, 'a1', 'A', 2, 0);
    expect(next.columns.A?.cardIds).toEqual(['a2', 'a3', 'a1']);
    expect(next.columns.A?.count).toBe(5);
    expect({ ...next.cards, a1: before.cards.a1 }).toEqual(before.cards);
  });

  it('gives the dropped card the key the core will choose between its new neighbours', () => {
    const before = board();
    const last = moveCard(before, 'a1', 'A', 2, 0);
    expect(last.cards.a1?.position).toBe(keyBetweenNeighbours('aa3', null));
    const between = moveCard(before, 'a3', 'B', 1, 0);
    expect(between.cards.a3?.position).toBe(keyBetweenNeighbours('ab1', null));
    const first = moveCard(before, 'a3', 'A', 0, 0);
    expect(first.cards.a3?.position).toBe(keyBetweenNeighbours(null, 'aa1'));
    expect(expectedPosition(first, first.columns.A!.cardIds, 0)).toBe(first.cards.a3?.position);
  });

  it('keeps the old key when the neighbours leave no room (the core will rebalance the column)', () => {
    const tied = board();
    tied.cards.a2 = { ...tied.cards.a2!, position: 'aa1' };
    const next = moveCard(tied, 'a3', 'A', 1, 0);
    expect(next.columns.A?.cardIds).toEqual(['a1', 'a3', 'a2']);
    expect(expectedPosition(next, next.columns.A!.cardIds, 1)).toBeNull();
    expect(next.cards.a3?.position).toBe('aa3');
  });

  it('takes a won or lost card off the board and puts it back on undo', () => {
    const removed = removeCard(board(), 'a1');
    expect(removed.columns.A).toMatchObject({ cardIds: ['a2', 'a3'], count: 4 });
    expect(rub(removed.columns.A)).toMatchObject({ count: 3, sumMinor: 900, weightedMinor: 135 });
    expect(removed.cards.a1).toBeUndefined();
    const back = insertCard(removed, card('a1', 100), 'A', 0);
    expect(back.columns.A).toMatchObject({ cardIds: ['a1', 'a2', 'a3'], count: 5 });
    expect(rub(back.columns.A)).toMatchObject({ count: 4, sumMinor: 1_000, weightedMinor: 150 });
  });

  it('rounds the weighted sum once on the total, never per card', () => {
    const column = board().columns.B!;
    expect(rub(adjustTotals(column, { valueMinor: 1, currency: 'RUB' }, 1, ['RUB']))?.weightedMinor).toBe(
      Math.round(51 * 0.35),
    );
  });

  it('appends a page without repeating cards already shown', () => {
    const next = appendCards(board(), 'A', [card('a3', 300), card('a4', 400)], false);
    expect(next.columns.A).toMatchObject({ cardIds: ['a1', 'a2', 'a3', 'a4'], hasMore: false });
  });

  it('sends the card before the drop as the anchor, or the one after at the top', () => {
    expect(dropAnchor(['x', 'moved', 'y'], 'moved')).toEqual({ afterId: 'x' });
    expect(dropAnchor(['moved', 'y'], 'moved')).toEqual({ beforeId: 'y' });
    expect(dropAnchor(['moved'], 'moved')).toEqual({});
    expect(indexForAnchor(['x', 'y', 'z'], { afterId: 'y' })).toBe(2);
    expect(indexForAnchor(['x', 'y', 'z'], { beforeId: 'x' })).toBe(0);
    expect(indexForAnchor(['x'], { afterId: 'gone' })).toBe(1);
  });
});

describe('drag preview', () => {
  const drag = { activeId: 'a2', fromStageId: 'A', fromIndex: 1, overStageId: 'B', overIndex: 0 };

  it('lifts the card out of its column and shows it in the column under the pointer', () => {
    expect(previewIds(['a1', 'a2', 'a3'], 'A', drag)).toEqual(['a1', 'a3']);
    expect(previewIds(['b1'], 'B', drag)).toEqual(['a2', 'b1']);
    expect(previewIds(['c1'], 'C', drag)).toEqual(['c1']);
  });

  it('leaves its own column alone (the sortable strategy shifts cards there)', () => {
    const ids = ['a1', 'a2', 'a3'];
    expect(previewIds(ids, 'A', { ...drag, overStageId: 'A' })).toBe(ids);
    expect(previewIds(ids, 'A', null)).toBe(ids);
  });

  it('drops onto a card like arrayMove, onto the column as previewed', () => {
    expect(idsAfterDrop(['a1', 'a2', 'a3'], 'a1', 'a3')).toEqual(['a2', 'a3', 'a1']);
    expect(idsAfterDrop(['a2', 'b1'], 'a2', null)).toEqual(['a2', 'b1']);
    expect(idsAfterDrop(['a2', 'b1'], 'a2', 'b1')).toEqual(['b1', 'a2']);
  });
});
