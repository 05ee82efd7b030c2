import type { CustomSortField } from '@shared/contract/schemas/customFields';

/** Whether a table's sort names a custom field (`cf:<field id>`) rather than a column of its own. */
export const isCustomSortField = (field: string): field is CustomSortField => field.startsWith('cf:');
