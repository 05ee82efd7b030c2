import type { ActivityDetails, ActivityType } from '../../contract/schemas/activities';

export type DetailField = keyof ActivityDetails;

/** Which types have which details: a call has an outcome, a proposal an amount, and so on. */
export const ACTIVITY_DETAIL_TYPES: Record<DetailField, readonly ActivityType[]> = {
  direction: ['call', 'email'],
  outcome: ['call'],
  durationSec: ['call', 'meeting', 'demo', 'presentation'],
  amountMinor: ['proposal'],
  currency: ['proposal'],
  fileRef: ['proposal'],
  contentKind: ['nurture'],
  engagement: ['nurture'],
};
