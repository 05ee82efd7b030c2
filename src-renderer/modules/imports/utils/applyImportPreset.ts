import type { ImportMapping } from '@shared/contract/schemas/imports';
import type { ImportValueChoice } from './ImportValueChoice';
import type { ImportWizardState } from './ImportWizardState';

/**
 * A saved mapping applied to the file at hand: its columns that the file has, its value
 * translations as the wizard's choices (a target no choice has any more is left out, so the
 * value stays as in the file), its duplicate rule and its currency of amounts.
 */
export const applyImportPreset = (
  state: ImportWizardState,
  mapping: ImportMapping,
  choices: Readonly<Record<string, readonly ImportValueChoice[]>>,
): ImportWizardState => {
  const headers = new Set(state.preview?.headers ?? []);
  const columns = Object.fromEntries(Object.entries(mapping.columns).filter(([, header]) => headers.has(header)));
  const values: ImportWizardState['values'] = {};
  for (const [field, table] of Object.entries(mapping.values)) {
    for (const [fileValue, target] of Object.entries(table)) {
      const wanted = JSON.stringify(target);
      const choice = choices[field]?.find((candidate) => JSON.stringify(candidate.target) === wanted);
      if (choice) (values[field] ??= {})[fileValue] = choice.id;
    }
  }
  return {
    ...state,
    columns,
    values,
    dedupeKeys: [...mapping.dedupe.keys],
    dedupeAction: mapping.dedupe.action,
    currency: mapping.currency ?? null,
  };
};
