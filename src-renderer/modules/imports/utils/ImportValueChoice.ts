import type { ImportMappingInput } from '@shared/contract/schemas/imports';

/** What a file value may be translated to: a stage (maybe closing the deal), a user, a source, … */
export type ImportValueTarget = NonNullable<ImportMappingInput['values']>[string][string];

/** One choice in a value's picker: its label, the mapping's target and the names it goes by. */
export type ImportValueChoice = { id: string; label: string; target: ImportValueTarget; names: string[] };
