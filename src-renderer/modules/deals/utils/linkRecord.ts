import type { LookupValue } from '../../../ui/form/LookupPicker';

/** An existing record by id, or a new one by name (made in the same write as the deal). */
export const linkRecord = <K extends string, N extends string>(choice: LookupValue | null, idKey: K, newKey: N) =>
  choice === null ? {} : choice.id ? { [idKey]: choice.id } : { [newKey]: { name: choice.name } };
