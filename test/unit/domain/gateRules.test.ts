import { describe, expect, it } from 'vitest';
import {
  type GateControlPoint,
  type GateStage,
  missingControlPoints,
  moveDirection,
  stagesToClearForEntry,
  stagesToClearForMove,
  stagesToClearForWin,
} from '@shared/domain/gateRules';

// Listed out of order on purpose: the rules must follow positions, not array order.
const stages: GateStage[] = [
  { id: 'intent', position: 'a3', funnelStep: 'intent', archived: false },
  { id: 'awareness', position: 'a0', funnelStep: 'awareness', archived: false },
  { id: 'interest', position: 'a1', funnelStep: 'interest', archived: false },
  { id: 'old', position: 'a2', funnelStep: 'consideration', archived: true },
  { id: 'consideration', position: 'a2V', funnelStep: 'consideration', archived: false },
  { id: 'purchase', position: 'a4', funnelStep: 'purchase', archived: false },
  { id: 'retention', position: 'a5', funnelStep: 'retention', archived: false },
];

const points: GateControlPoint[] = [
  { id: 'budget', stageId: 'interest', required: true, position: 'a0' },
  { id: 'need', stageId: 'interest', required: true, position: 'a1' },
  { id: 'nice', stageId: 'interest', required: false, position: 'a2' },
  { id: 'demo', stageId: 'consideration', required: true, position: 'a0' },
  { id: 'old-item', stageId: 'old', required: true, position: 'a0' },
  { id: 'terms', stageId: 'intent', required: true, position: 'a0' },
  { id: 'paid', stageId: 'purchase', required: true, position: 'a1' },
  { id: 'signed', stageId: 'purchase', required: true, position: 'a0' },
  { id: 'onboarded', stageId: 'retention', required: true, position: 'a0' },
];

describe('moveDirection', () => {
  it('follows stage positions', () => {
    expect(moveDirection(stages, 'interest', 'intent')).toBe('forward');
    expect(moveDirection(stages, 'intent', 'interest')).toBe('backward');
    expect(moveDirection(stages, 'intent', 'intent')).toBe('same');
    expect(moveDirection(stages, 'intent', 'elsewhere')).toBe('other_pipeline');
  });
});

describe('stagesToClearForMove', () => {
  it('is the stage left for a one-step forward move from the first stage', () => {
    expect(stagesToClearForMove(stages, 'awareness', 'interest')).toEqual(['awareness']);
  });

  it('is every active stage before the target: the stage left, skipped ones and earlier ones', () => {
    expect(stagesToClearForMove(stages, 'interest', 'purchase')).toEqual([
      'awareness',
      'interest',
      'consideration',
      'intent',
    ]);
  });

  it('is empty backward and within a column', () => {
    expect(stagesToClearForMove(stages, 'purchase', 'awareness')).toEqual([]);
    expect(stagesToClearForMove(stages, 'purchase', 'purchase')).toEqual([]);
  });

  it('from another pipeline, is entering this one at its start and skipping to the target', () => {
    expect(stagesToClearForMove(stages, 'elsewhere', 'intent')).toEqual(['awareness', 'interest', 'consideration']);
    expect(stagesToClearForMove(stages, 'elsewhere', 'awareness')).toEqual([]);
  });

  it('counts the stage left even when it was archived meanwhile', () => {
    expect(stagesToClearForMove(stages, 'old', 'intent')).toEqual(['awareness', 'interest', 'old', 'consideration']);
  });
});

describe('stagesToClearForEntry', () => {
  it('is every active stage before the target, none for the first stage', () => {
    expect(stagesToClearForEntry(stages, 'consideration')).toEqual(['awareness', 'interest']);
    expect(stagesToClearForEntry(stages, 'awareness')).toEqual([]);
    expect(stagesToClearForEntry(stages, 'nowhere')).toEqual([]);
  });
});

describe('stagesToClearForWin', () => {
  it('covers every stage of the sale up to the purchase step, whatever the current stage', () => {
    const sale = ['awareness', 'interest', 'consideration', 'intent', 'purchase'];
    expect(stagesToClearForWin(stages, 'intent')).toEqual(sale);
    expect(stagesToClearForWin(stages, 'awareness')).toEqual(sale);
    expect(stagesToClearForWin(stages, 'purchase')).toEqual(sale);
  });

  it('never includes retention stages, and skips archived ones other than the current', () => {
    expect(stagesToClearForWin(stages, 'retention')).not.toContain('retention');
    expect(stagesToClearForWin(stages, 'old')).toContain('old');
    expect(stagesToClearForWin(stages, 'intent')).not.toContain('old');
  });
});

describe('missingControlPoints', () => {
  it('lists required unticked items of the stages in board order', () => {
    const missing = missingControlPoints(points, ['interest', 'consideration', 'intent'], new Set(['need']));
    expect(missing.map((point) => point.id)).toEqual(['budget', 'demo', 'terms']);
  });

  it('orders by item position within a stage and ignores advisory items', () => {
    expect(missingControlPoints(points, ['purchase'], new Set()).map((point) => point.id)).toEqual(['signed', 'paid']);
    expect(missingControlPoints(points, ['interest'], new Set(['budget', 'need']))).toEqual([]);
  });

  it('a full move check: from interest to purchase with some items ticked', () => {
    const toClear = stagesToClearForMove(stages, 'interest', 'purchase');
    const missing = missingControlPoints(points, toClear, new Set(['budget', 'need', 'demo']));
    expect(missing.map((point) => point.id)).toEqual(['terms']);
    expect(missingControlPoints(points, toClear, new Set(['demo'])).map((point) => point.id)).toEqual([
      'budget',
      'need',
      'terms',
    ]);
  });
});
