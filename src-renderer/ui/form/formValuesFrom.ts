/**
 * A record as a form's values: every field the form edits, taken from the record, with a null
 * shown as the blank form's value (an empty box, "no size"). Fields the form does not edit are
 * left out.
 */
export const formValuesFrom = <V extends Record<string, unknown>>(
  blank: V,
  record: { readonly [K in keyof V]: V[K] | null },
): V => Object.fromEntries(Object.keys(blank).map((field) => [field, record[field] ?? blank[field]])) as V;
