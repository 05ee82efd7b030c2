import type { Board, BoardCard } from '@shared/contract/schemas/board';
import type { Stage } from '@shared/contract/schemas/pipelines';
import { describe, expect, it } from 'vitest';
import { fromBoard } from '../../../src-renderer/modules/board/utils/boardData';
import { useBoardStore } from '../../../src-renderer/modules/board/stores/boardStore';
import { keepUnchanged } from '../../../src-renderer/modules/board/utils/keepUnchanged';
import { sameJson } from '../../../src-renderer/ui/sameJson';

const stage = (id: string): Stage => ({
  id,
  pipelineId: 'p',
  name: id,
  defaultKey: null,
  funnelStep: 'interest',
  position: id,
  probability: 0.5,
  rotDays: 10,
  slaHours: null,
  playbook: null,
  archivedAt: null,
});

const card = (id: string, extra: Partial<BoardCard> = {}): BoardCard => ({
  id,
  title: id,
  companyId: null,
  companyName: null,
  kind: 'new',
  valueMinor: 100,
  currency: 'RUB',
  ownerId: null,
  ownerName: null,
  expectedCloseOn: null,
  stageEnteredAt: 0,
  daysInStage: 1,
  rotting: false,
  position: `a${id}`,
  nextTask: { id: `t${id}`, type: 'call', subject: 'Call', dueAt: 5 },
  hasNextStep: true,
  firstTouchAt: null,
  openChecklist: { required: 2, done: 1 },
  ...extra,
});

/** The board as the core answers it: a fresh object tree every time, as a reload gets. */
const answer = (b2: Partial<BoardCard> = {}, bCards = ['b1', 'b2']): Board => ({
  pipeline: { id: 'p', name: 'P', defaultKey: null, position: 'a0', archivedAt: null, cardFieldIds: [] },
  asOf: 0,
  currency: 'RUB',
  columns: [
    {
      stageId: 'A',
      stage: stage('A'),
      count: 2,
      byCurrency: [{ currency: 'RUB', count: 2, sumMinor: 200, weightedMinor: 100 }],
      cards: [card('a1'), card('a2')],
      hasMore: false,
    },
    {
      stageId: 'B',
      stage: stage('B'),
      count: bCards.length,
      byCurrency: [{ currency: 'RUB', count: bCards.length, sumMinor: 100 * bCards.length, weightedMinor: 50 }],
      cards: bCards.map((id) => card(id, id === 'b2' ? b2 : {})),
      hasMore: false,
    },
  ],
  totals: { count: 4, byCurrency: [{ currency: 'RUB', count: 4, sumMinor: 400, weightedMinor: 150 }] },
});

describe('keepUnchanged', () => {
  it('keeps the objects of unchanged cards and columns, and replaces the changed ones', () => {
    const previous = fromBoard(answer());
    const next = keepUnchanged(previous, fromBoard(answer({ openChecklist: { required: 2, done: 2 } })));
    expect(next.cards.a1).toBe(previous.cards.a1);
    expect(next.cards.b1).toBe(previous.cards.b1);
    expect(next.cards.b2).not.toBe(previous.cards.b2);
    expect(next.cards.b2?.openChecklist).toEqual({ required: 2, done: 2 });
    // The columns' own figures did not change: both stay, so neither header re-renders.
    expect(next.columns.A).toBe(previous.columns.A);
    expect(next.columns.B).toBe(previous.columns.B);
    expect(next.stageIds).toBe(previous.stageIds);
    expect(next.pipeline).toBe(previous.pipeline);
  });

  it('gives a column whose cards changed a new object, keeping its unchanged parts', () => {
    const previous = fromBoard(answer());
    const next = keepUnchanged(previous, fromBoard(answer({}, ['b1', 'b2', 'b3'])));
    expect(next.columns.B).not.toBe(previous.columns.B);
    expect(next.columns.B?.cardIds).toEqual(['b1', 'b2', 'b3']);
    expect(next.columns.B?.stage).toBe(previous.columns.B?.stage);
    expect(next.columns.A).toBe(previous.columns.A);
    expect(next.cards.b3).toEqual(card('b3'));
  });

  it('drops cards the new board no longer has and takes the first board as it is', () => {
    const first = fromBoard(answer());
    expect(keepUnchanged(null, first)).toBe(first);
    const next = keepUnchanged(first, fromBoard(answer({}, ['b1'])));
    expect(Object.keys(next.cards).sort()).toEqual(['a1', 'a2', 'b1']);
  });
});

describe('the board store receiving a reload', () => {
  it('keeps the card objects the board already shows when they did not change', () => {
    const store = useBoardStore.getState();
    store.receive(store.startLoading(), fromBoard(answer()));
    const shown = useBoardStore.getState().data;
    store.receive(store.startLoading(), fromBoard(answer({ title: 'Renamed' })));
    const data = useBoardStore.getState().data;
    expect(data?.cards.a1).toBe(shown?.cards.a1);
    expect(data?.columns.A).toBe(shown?.columns.A);
    expect(data?.cards.b2).not.toBe(shown?.cards.b2);
    expect(data?.cards.b2?.title).toBe('Renamed');
  });
});

describe('sameJson', () => {
  it('compares nested objects and arrays by value, keys and order included', () => {
    expect(sameJson({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson({ a: null }, { a: 0 })).toBe(false);
    expect(sameJson([], {})).toBe(false);
  });
});
