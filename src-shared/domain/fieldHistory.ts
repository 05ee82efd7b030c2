/**
 * A record's history is derived from the change log (DESIGN §4): every write appended one message
 * per changed column, so a field's old value is the previous message of the same
 * (table, row, column) in HLC order (see the timeline's SQL in core/modules/timeline).
 */
export type JsonScalar = string | number | boolean | null;

/** `value_minor` → `valueMinor`: the contract's field names. */
export const camelCaseColumn = (col: string): string =>
  col.replace(/_([a-z])/g, (_, char: string) => char.toUpperCase());
