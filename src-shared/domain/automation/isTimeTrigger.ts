import { type RuleTrigger, TIME_TRIGGER_TYPES } from '../../contract/schemas/automation';

const TIME = new Set<string>(TIME_TRIGGER_TYPES);

/** Time triggers run on the schedule scan; the rest on writes. */
export const isTimeTrigger = (trigger: RuleTrigger): boolean => TIME.has(trigger.type);
