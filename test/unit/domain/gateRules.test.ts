import { describe, expect, it } from 'vitest';
import {
  type GateControlPoint,
  type GateStage,
  missingControlPoints,
  moveDirection,
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
  it('is the stage left for a one-step forward move', () => {
    expect(stagesToClearForMove(stages, 'awareness', 'interest')).toEqual(['awareness']);
  });

  it('adds every active stage skipped over, but not the target', () => {
    expect(stagesToClearForMove(stages, 'interest', 'purchase')).toEqual(['interest', 'consideration', 'intent']);
  });

  it('is empty backward, within a column and across pipelines', () => {
    expect(stagesToClearForMove(stages, 'purchase', 'awareness')).toEqual([]);
    expect(stagesToClearForMove(stages, 'purchase', 'purchase')).toEqual([]);
    expect(stagesToClearForMove(stages, 'purchase', 'elsewhere')).toEqual([]);
  });
});

describe('stagesToClearForWin', () => {
  it('covers the current stage and later ones up to the purchase step', () => {
    expect(stagesToClearForWin(stages, 'intent')).toEqual(['intent', 'purchase']);
    expect(stagesToClearForWin(stages, 'purchase')).toEqual(['purchase']);
  });

  it('never includes retention stages: a customer-stage deal wins freely', () => {
    expect(stagesToClearForWin(stages, 'retention')).toEqual([]);
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
  });
});
