import type { ImportMappingInput } from '@shared/contract/schemas/imports';
import type { ImportValueChoice } from './ImportValueChoice';
import type { ImportWizardState } from './ImportWizardState';

/**
 * The mapping the wizard's choices make, in the shape `imports.run` and `voronka import
 * --mapping` take: the chosen columns, the value translations that name a choice (a value left
 * "as in the file" is not listed), the duplicate rule and, for deals, the currency of amounts
 * that name none when it is not the workspace's.
 */
export const buildImportMapping = (
  state: ImportWizardState,
  choices: Readonly<Record<string, readonly ImportValueChoice[]>>,
): ImportMappingInput => {
  const values: Record<string, Record<string, ImportValueChoice['target']>> = {};
  for (const [field, picked] of Object.entries(state.values)) {
    if (state.columns[field] === undefined) continue;
    for (const [fileValue, choiceId] of Object.entries(picked)) {
      const choice = choices[field]?.find((candidate) => candidate.id === choiceId);
      if (choice) (values[field] ??= {})[fileValue] = choice.target;
    }
  }
  return {
    version: 1,
    entity: state.entity,
    columns: { ...state.columns },
    values,
    dedupe: { keys: [...state.dedupeKeys], action: state.dedupeAction },
    ...(state.entity === 'deals' && state.currency !== null ? { currency: state.currency } : {}),
  };
};
