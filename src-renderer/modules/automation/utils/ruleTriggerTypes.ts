import { TIME_TRIGGER_TYPES, WRITE_TRIGGER_TYPES } from '@shared/contract/schemas/automation';

/** The triggers the editor offers: those fired by a write, then the scheduled ones. */
export const RULE_TRIGGER_TYPES = [...WRITE_TRIGGER_TYPES, ...TIME_TRIGGER_TYPES];
