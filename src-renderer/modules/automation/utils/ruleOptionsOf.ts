import type { RuleOption } from '../types/RuleOption';

/** Options of a select: a closed list's values, or records by id, each with its text. */
export const ruleOptionsOf = <T extends string | { id: string }>(
  items: readonly T[],
  labelOf: (item: T) => string,
): RuleOption[] => items.map((item) => ({ value: typeof item === 'string' ? item : item.id, label: labelOf(item) }));
