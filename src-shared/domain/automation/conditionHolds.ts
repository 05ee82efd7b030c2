import type { RuleCondition } from '../../contract/schemas/automation';
import { foldText } from '../foldText';
import type { DealFacts } from './DealFacts';

const isEmpty = (value: string | number | null): boolean => value === null || value === '';

const compare = (actual: string | number | null, expected: string | number | null): number | null => {
  if (actual === null || expected === null) return null;
  if (typeof actual === 'number' && typeof expected === 'number') return actual - expected;
  const a = String(actual);
  const b = String(expected);
  return a < b ? -1 : a > b ? 1 : 0;
};

const fieldHolds = (condition: Extract<RuleCondition, { type: 'field' }>, deal: DealFacts): boolean => {
  const actual = deal[condition.field];
  switch (condition.op) {
    case 'empty':
      return isEmpty(actual);
    case 'not_empty':
      return !isEmpty(actual);
    case 'eq':
      return String(actual ?? '') === String(condition.value ?? '');
    case 'neq':
      return String(actual ?? '') !== String(condition.value ?? '');
    case 'contains':
      return actual !== null && foldText(String(actual)).includes(foldText(String(condition.value ?? '')));
    case 'gt':
      return (compare(actual, condition.value) ?? 0) > 0 && actual !== null;
    case 'lt':
      return (compare(actual, condition.value) ?? 0) < 0 && actual !== null;
  }
};

/**
 * What a condition needs beyond the deal's own fields, read by the core: segment membership, and
 * the team its owner is in now (null: none, or no owner).
 */
export type ConditionContext = { inSegment(segmentId: string): boolean; ownerTeamId(): string | null };

/** Whether one condition holds for a deal; a value range only compares amounts in its currency. */
export const conditionHolds = (condition: RuleCondition, deal: DealFacts, context?: ConditionContext): boolean => {
  switch (condition.type) {
    case 'pipeline':
      return condition.ids.includes(String(deal.pipelineId));
    case 'stage':
      return condition.ids.includes(String(deal.stageId));
    case 'owner':
      return condition.ids.includes(deal.ownerId === null ? null : String(deal.ownerId));
    case 'source':
      return deal.sourceId !== null && condition.ids.includes(String(deal.sourceId));
    case 'campaign':
      return deal.campaignId !== null && condition.ids.includes(String(deal.campaignId));
    case 'value': {
      const value = Number(deal.valueMinor);
      return (
        deal.currency === condition.currency &&
        (condition.min === null || value >= condition.min) &&
        (condition.max === null || value <= condition.max)
      );
    }
    case 'segment':
      return context !== undefined && condition.ids.some((segmentId) => context.inSegment(segmentId));
    case 'team': {
      const teamId = context?.ownerTeamId() ?? null;
      return teamId !== null && condition.ids.includes(teamId);
    }
    case 'field':
      return fieldHolds(condition, deal);
  }
};
