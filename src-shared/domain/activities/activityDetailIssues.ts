import type { ActivityType } from '../../contract/schemas/activities';
import { ACTIVITY_DETAIL_TYPES as DETAIL_TYPES, type DetailField } from './activityDetailTypes';

export type ActivityDetailIssue = { field: DetailField; reason: 'not_for_activity_type' | 'currency_required' };

/**
 * What is wrong with an activity's details for its type: a detail the type does not have (an
 * outcome on a note), or an amount without its currency. Empty: the details fit.
 */
export const activityDetailIssues = (
  values: { type: ActivityType } & Partial<Record<DetailField, unknown>>,
): ActivityDetailIssue[] => {
  const issues: ActivityDetailIssue[] = [];
  for (const field of Object.keys(DETAIL_TYPES) as DetailField[]) {
    const value = values[field];
    if (value !== null && value !== undefined && !DETAIL_TYPES[field].includes(values.type)) {
      issues.push({ field, reason: 'not_for_activity_type' });
    }
  }
  const amount = values.amountMinor;
  const currency = values.currency;
  if (amount !== null && amount !== undefined && (currency === null || currency === undefined)) {
    if (values.type === 'proposal') issues.push({ field: 'currency', reason: 'currency_required' });
  }
  return issues;
};
