import type { ImportMapping } from '@shared/contract/schemas/imports';
import { templateColumns } from '@shared/domain/import/templateColumns';
import type { ImportValueChoice } from './ImportValueChoice';
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
 * has any more is left out, so the value stays as in the file), its duplicate rule and currency
 * of amounts; what the wizard has no control for (values of fields without a picker, defaults,
 * pipeline, history, expected values) is carried as it came.
 */
export const applyImportPreset = (
  state: ImportWizardState,
  mapping: ImportMapping,
  choices: Readonly<Record<string, readonly ImportValueChoice[]>>,
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
    carried: carriedOf(mapping, carriedValues, present),
  };
};
