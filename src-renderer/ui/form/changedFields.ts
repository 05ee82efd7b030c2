/**
 * Only the fields whose value differs from `before`, so an edit does not rewrite (and log)
 * untouched ones. Text compares trimmed: adding a trailing space is not a change.
 */
export const changedFields = <I extends Record<string, unknown>>(input: I, before: I): Partial<I> => {
  const changed = Object.keys(input).filter((field) => {
    const next = input[field];
    const previous = before[field];
    return typeof next === 'string' && typeof previous === 'string'
      ? next.trim() !== previous.trim()
      : next !== previous;
  });
  return Object.fromEntries(changed.map((field) => [field, input[field]])) as Partial<I>;
};
