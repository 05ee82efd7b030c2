import type { ImportEntity } from '@shared/contract/schemas/imports';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportError } from '../../../ui/toasts/useReportError';
import type { ImportWizardModel } from '../hooks/useImportWizard';
import { applyImportPreset, missingMappingColumns } from '../utils/applyImportPreset';
import type { ImportValueChoice } from '../utils/ImportValueChoice';
import { MAX_MAPPING_FILE_BYTES, type MappingFileProblem, readImportMappingFile } from '../utils/readImportMappingFile';

/** What the last mapping file did: loaded (maybe without some columns the file lacks), or refused and why. */
type Outcome = { file: string } & (
  { kind: 'loaded'; missing: string[] } | { kind: 'refused'; problem: MappingFileProblem }
);

/** The outcome in the user's language, translated as it is shown (a language switch follows it). */
const outcomeMessage = (outcome: Outcome, entity: ImportEntity, t: TFunction): string => {
  const file = outcome.file;
  if (outcome.kind === 'loaded') {
    return outcome.missing.length === 0
      ? t('imports.mappingFile.loaded', { file })
      : t('imports.mappingFile.missingColumns', { file, columns: outcome.missing.join(', ') });
  }
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

const outcomeClass = (outcome: Outcome): string =>
  outcome.kind === 'refused'
    ? 'import-problem'
    : outcome.missing.length > 0
      ? 'import-mapping-note import-mapping-note-partial'
      : 'import-mapping-note';

/**
 * "Load mapping from file…": a mapping JSON (the one `voronka import --mapping` reads, a
 * colleague's or the committed examples) read in the page — no path leaves it — checked against
 * the contract's schema and applied as a preset is. A bad file changes nothing and says why; a
 * file naming columns the file at hand lacks applies the rest and lists them.
 */
export const ImportMappingFileLoad = ({
  wizard,
  choices,
}: {
  wizard: ImportWizardModel;
  choices: Readonly<Record<string, readonly ImportValueChoice[]>>;
}) => {
  const { t } = useTranslation();
  const reportError = useReportError();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { state } = wizard;

  const load = async (file: File) => {
    if (file.size > MAX_MAPPING_FILE_BYTES) {
      setOutcome({ file: file.name, kind: 'refused', problem: { kind: 'tooLarge' } });
      return;
    }
    const reading = readImportMappingFile(await file.text(), state.entity);
    if ('problem' in reading) {
      setOutcome({ file: file.name, kind: 'refused', problem: reading.problem });
      return;
    }
    const missing = missingMappingColumns(reading.mapping, state.preview?.headers ?? []);
    wizard.setState((current) => applyImportPreset(current, reading.mapping, choices));
    setOutcome({ file: file.name, kind: 'loaded', missing });
  };

  return (
    <>
      <label className="button import-mapping-load" title={t('imports.mappingFile.loadTitle')}>
        {t('imports.mappingFile.load')}
        <input
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          data-testid="import-mapping-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) load(file).catch(reportError);
          }}
        />
      </label>
      {outcome ? (
        <p
          className={outcomeClass(outcome)}
          role={outcome.kind === 'refused' ? 'alert' : 'status'}
          data-testid="import-mapping-file-outcome"
        >
          {outcomeMessage(outcome, state.entity, t)}
        </p>
      ) : null}
    </>
  );
};
