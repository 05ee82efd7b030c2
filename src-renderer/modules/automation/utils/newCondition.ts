import type { RuleCondition } from '@shared/contract/schemas/automation';
import type { RULE_CONDITION_TYPES } from './ruleConditionTypes';

/** A condition of this type with the editor's starting values (the first stage, the given user). */
export const newCondition = (
  type: (typeof RULE_CONDITION_TYPES)[number],
  stageId: string,
  userId: string,
): RuleCondition => {
  switch (type) {
    case 'stage':
      return { type, ids: [stageId] };
    case 'owner':
      return { type, ids: [userId] };
    case 'value':
      return { type, min: 100_000_00, max: null, currency: 'RUB' };
    case 'source':
    case 'segment':
    case 'team':
      // Nothing picked yet: the schema refuses it (the summary says so) until the user picks one.
      return { type, ids: [] as unknown as [string] };
  }
};
