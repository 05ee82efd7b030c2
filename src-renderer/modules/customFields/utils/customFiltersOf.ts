import { type CustomFilter, customFilterSchema } from '@shared/contract/schemas/customFields';
import { z } from 'zod';

const customFiltersSchema = z.array(customFilterSchema).max(20);

/** A table's custom-field filters from its state's `custom` (JSON, `?custom=` in the URL); a damaged value is no filter. */
export const customFiltersOf = (state: { custom: string }): CustomFilter[] => {
  if (state.custom === '') return [];
  try {
    const parsed = customFiltersSchema.safeParse(JSON.parse(state.custom));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
};
