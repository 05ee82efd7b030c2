import type { TableExportInput } from '@shared/contract/schemas/exports';

/** What a table page says about its view (table, query, columns); the menu adds the format and language. */
export type TableExportView = TableExportInput extends infer Input
  ? Input extends TableExportInput
    ? Omit<Input, 'format' | 'language' | 'separator'>
    : never
  : never;
