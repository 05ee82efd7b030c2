import type { ImportMappingInput } from '@shared/contract/schemas/imports';
import type { ImportValueChoice } from './ImportValueChoice';
import type { CarriedMapping, ImportWizardState } from './ImportWizardState';

/** The carried parts worth writing: an empty one is left out, so a saved file stays as short as a hand-written one. */
const carriedParts = ({ defaults, pipeline, history, known }: CarriedMapping): Partial<ImportMappingInput> => ({
  ...(Object.keys(defaults).length > 0 ? { defaults: { ...defaults } } : {}),
  ...(pipeline === undefined ? {} : { pipeline }),
  ...(history.length > 0 ? { history: [...history] } : {}),
  ...(Object.keys(known).length > 0 ? { known: { ...known } } : {}),
});

/**
 * The mapping the wizard's choices make, in the shape `imports.run` and `voronka import
 * --mapping` take: the chosen columns, the value translations that name a choice (a value left
 * "as in the file" is not listed) and those a loaded mapping carried for fields without a picker,
 * the duplicate rule, for deals the currency of amounts that name none when it is not the
 * workspace's, and the rest a loaded mapping carried (defaults, pipeline, history, expected values).
 */
export const buildImportMapping = (
  state: ImportWizardState,
  choices: Readonly<Record<string, readonly ImportValueChoice[]>>,
): ImportMappingInput => {
  const values: Record<string, Record<string, ImportValueChoice['target']>> = {};
  for (const [field, table] of Object.entries(state.carried.values)) {
    if (state.columns[field] !== undefined) values[field] = { ...table };
  }
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
    ...carriedParts(state.carried),
    ...(state.entity === 'deals' && state.currency !== null ? { currency: state.currency } : {}),
    dedupe: { keys: [...state.dedupeKeys], action: state.dedupeAction },
  };
};
