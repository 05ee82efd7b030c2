import type { ImportEntity, ImportMapping } from '@shared/contract/schemas/imports';
import { templateColumns } from '@shared/domain/import/templateColumns';
import type { ImportValueChoice, ImportValueTarget } from './ImportValueChoice';
import { VALUE_FIELDS } from './importWizardDefaults';
import type { CarriedMapping, ImportWizardState } from './ImportWizardState';

const headerSet = (headers: readonly string[]): Set<string> => new Set(headers.map((header) => header.trim()));

/** Every header a mapping reads: its columns (a template's placeholders), stage history and expected values. */
const mappingColumns = (mapping: ImportMapping): string[] => [
  ...Object.values(mapping.columns).flatMap(templateColumns),
  ...mapping.history.map((step) => step.column),
  ...Object.keys(mapping.known),
];

/** The headers a mapping reads that the file lacks, each once, in the mapping's order. */
export const missingMappingColumns = (mapping: ImportMapping, headers: readonly string[]): string[] => {
  const present = headerSet(headers);
  return [...new Set(mappingColumns(mapping).map((column) => column.trim()))].filter((column) => !present.has(column));
};

type Choices = Readonly<Record<string, readonly ImportValueChoice[]>>;

/** A value translation of a loaded mapping whose target is none of the workspace's choices (a stage since renamed). */
export type UnmatchedValue = { field: string; fileValue: string; target: ImportValueTarget };

/** The choice a loaded translation's target is, compared whole (a stage with its closing status). */
const choiceOf = (choices: Choices, field: string, target: ImportValueTarget): ImportValueChoice | undefined => {
  const wanted = JSON.stringify(target);
  return choices[field]?.find((candidate) => JSON.stringify(candidate.target) === wanted);
};

/**
 * The translations of fields the wizard has a picker for whose target no choice has: applying
 * the mapping leaves them out (the value stays as in the file), so the wizard says which.
 */
export const unmatchedMappingValues = (
  mapping: ImportMapping,
  entity: ImportEntity,
  choices: Choices,
): UnmatchedValue[] =>
  Object.entries(mapping.values)
    .filter(([field]) => VALUE_FIELDS[entity].includes(field))
    .flatMap(([field, table]) =>
      Object.entries(table)
        .filter(([, target]) => choiceOf(choices, field, target) === undefined)
        .map(([fileValue, target]) => ({ field, fileValue, target })),
    );

/** What the wizard keeps untouched from a mapping: only the parts that read columns the file has. */
const carriedOf = (mapping: ImportMapping, values: CarriedMapping['values'], present: Set<string>): CarriedMapping => ({
  values,
  defaults: { ...mapping.defaults },
  history: mapping.history.filter((step) => present.has(step.column.trim())),
  known: Object.fromEntries(Object.entries(mapping.known).filter(([column]) => present.has(column.trim()))),
  ...(mapping.pipeline === undefined ? {} : { pipeline: mapping.pipeline }),
});

/**
 * A saved mapping (a preset or a mapping file) applied to the file at hand: its columns (and
 * templates) that the file has, its value translations as the wizard's choices (a target no choice
 * has any more is left out, so the value stays as in the file: unmatchedMappingValues lists them),
 * its duplicate rule and currency
 * of amounts; what the wizard has no control for (values of fields without a picker, defaults,
 * pipeline, history, expected values) is carried as it came.
 */
export const applyImportPreset = (
  state: ImportWizardState,
  mapping: ImportMapping,
  choices: Choices,
): ImportWizardState => {
  const present = headerSet(state.preview?.headers ?? []);
  const columns = Object.fromEntries(
    Object.entries(mapping.columns).filter(([, spec]) =>
      templateColumns(spec).every((column) => present.has(column.trim())),
    ),
  );
  const pickable = new Set(VALUE_FIELDS[state.entity]);
  const values: ImportWizardState['values'] = {};
  const carriedValues: CarriedMapping['values'] = {};
  for (const [field, table] of Object.entries(mapping.values)) {
    if (!pickable.has(field)) {
      carriedValues[field] = { ...table };
      continue;
    }
    for (const [fileValue, target] of Object.entries(table)) {
      const choice = choiceOf(choices, field, target);
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
    carried: carriedOf(mapping, carriedValues, present),
  };
};
