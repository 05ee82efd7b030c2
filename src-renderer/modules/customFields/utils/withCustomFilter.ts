import type { CustomFilter } from '@shared/contract/schemas/customFields';
import { customFiltersOf } from './customFiltersOf';

/** A table state's `custom` with `fieldId`'s filter replaced (or removed, for null). */
export const withCustomFilter = (state: { custom: string }, fieldId: string, filter: CustomFilter | null): string => {
  const next = customFiltersOf(state).filter((f) => f.fieldId !== fieldId);
  if (filter) next.push(filter);
  return next.length === 0 ? '' : JSON.stringify(next);
};
