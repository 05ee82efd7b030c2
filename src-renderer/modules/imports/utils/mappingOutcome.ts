import type { ImportEntity } from '@shared/contract/schemas/imports';
import type { TFunction } from 'i18next';
import type { UnmatchedValue } from './applyImportPreset';
import type { MappingFileProblem } from './readImportMappingFile';

/** Where a loaded mapping came from: a mapping file (by its name) or a saved preset. */
export type MappingSource = { kind: 'file' | 'preset'; name: string };

/**
 * What the last loaded mapping did: applied (maybe without the columns the file at hand lacks and
 * the value translations whose target the workspace has no more), or refused and why.
 */
export type MappingOutcome = { source: MappingSource } & (
  { kind: 'loaded'; missing: string[]; unmatched: UnmatchedValue[] } | { kind: 'refused'; problem: MappingFileProblem }
);

const targetText = (target: UnmatchedValue['target'], t: TFunction): string =>
  typeof target === 'string' ? target : `${target.stage}, ${t(`imports.wizard.statuses.${target.status}`)}`;

/** «этап «Переговоры» → «negotiations»; …», the field named in lower case as inside a sentence. */
const unmatchedList = (unmatched: readonly UnmatchedValue[], t: TFunction, language: string): string =>
  unmatched
    .map(({ field, fileValue, target }) =>
      t('imports.mappingFile.unmatchedValue', {
        field: t(`imports.fields.${field}`).toLocaleLowerCase(language),
        value: fileValue,
        target: targetText(target, t),
      }),
    )
    .join('; ');

const loadedMessage = (outcome: Extract<MappingOutcome, { kind: 'loaded' }>, t: TFunction, language: string) => {
  const { source, missing, unmatched } = outcome;
  const columns = missing.join(', ');
  const head =
    source.kind === 'file'
      ? missing.length === 0
        ? t('imports.mappingFile.loaded', { file: source.name })
        : t('imports.mappingFile.missingColumns', { file: source.name, columns })
      : missing.length === 0
        ? t('imports.mappingFile.presetApplied', { preset: source.name })
        : t('imports.mappingFile.presetMissingColumns', { preset: source.name, columns });
  return unmatched.length === 0
    ? head
    : `${head} ${t('imports.mappingFile.unmatchedValues', { values: unmatchedList(unmatched, t, language) })}`;
};

/** The outcome in the user's language, translated as it is shown (a language switch follows it). */
export const mappingOutcomeMessage = (
  outcome: MappingOutcome,
  entity: ImportEntity,
  t: TFunction,
  language: string,
): string => {
  if (outcome.kind === 'loaded') return loadedMessage(outcome, t, language);
  const file = outcome.source.name;
  const { problem } = outcome;
  const entityOf = (name: ImportEntity) => t(`imports.mappingFile.entityOf.${name}`);
  switch (problem.kind) {
    case 'otherEntity':
      return t('imports.mappingFile.otherEntity', {
        file,
        fileEntity: entityOf(problem.fileEntity),
        entity: entityOf(entity),
      });
    case 'unknownField':
      return t('imports.mappingFile.unknownField', { file, field: problem.field, entity: entityOf(entity) });
    case 'unknownKeys':
      return t('imports.mappingFile.unknownKeys', { file, keys: problem.keys.join(', ') });
    case 'badValue':
      return t('imports.mappingFile.badValue', { file, path: problem.path });
    default:
      return t(`imports.mappingFile.${problem.kind}`, { file });
  }
};

/** Amber when the mapping applied only in part, so it is read. */
export const isPartialOutcome = (outcome: MappingOutcome): boolean =>
  outcome.kind === 'loaded' && (outcome.missing.length > 0 || outcome.unmatched.length > 0);
