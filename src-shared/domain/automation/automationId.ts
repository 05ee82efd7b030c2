import { v5 as uuidv5 } from 'uuid';

/** Fixed namespace for ids of what rules create (never change it: devices must agree). */
const NAMESPACE = '6f0c1d9e-3b52-4c8a-9a47-5d2e8f1b7c30';

/**
 * The id of what one action of a rule creates for one occurrence on one record: two devices that
 * both fire the rule for the same event write the same row, and sync merges them into one.
 */
/** The template a ready-made e-mail rule sends: one id everywhere, so enabling it twice makes one template. */
export const presetTemplateId = (presetKey: string): string => uuidv5(`preset-template|${presetKey}`, NAMESPACE);

export const automationId = (ruleId: string, recordId: string, occurrence: string, actionIndex: number): string =>
  uuidv5(`${ruleId}|${recordId}|${occurrence}|${actionIndex}`, NAMESPACE);
