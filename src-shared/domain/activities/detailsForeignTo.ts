import type { ActivityType } from '../../contract/schemas/activities';
import { ACTIVITY_DETAIL_TYPES as DETAIL_TYPES, type DetailField } from './activityDetailTypes';

/** The details a type cannot have, as null: what a type change clears. */
export const detailsForeignTo = (type: ActivityType): Partial<Record<DetailField, null>> => {
  const cleared: Partial<Record<DetailField, null>> = {};
  for (const field of Object.keys(DETAIL_TYPES) as DetailField[]) {
    if (!DETAIL_TYPES[field].includes(type)) cleared[field] = null;
  }
  return cleared;
};
