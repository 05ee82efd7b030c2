import type { ImportMapping } from '@shared/contract/schemas/imports';
import { useState } from 'react';
import { applyImportPreset, missingMappingColumns, unmatchedMappingValues } from '../utils/applyImportPreset';
import type { ImportValueChoice } from '../utils/ImportValueChoice';
import type { MappingOutcome, MappingSource } from '../utils/mappingOutcome';
import type { MappingFileProblem } from '../utils/readImportMappingFile';
import type { ImportWizardModel } from './useImportWizard';

/**
 * A saved mapping (a preset or a mapping file) applied to the wizard, and the one outcome note
 * both controls share: what the file at hand lacks and which value translations were left out.
 */
export const useLoadedMapping = (
  wizard: ImportWizardModel,
  choices: Readonly<Record<string, readonly ImportValueChoice[]>>,
) => {
  const [outcome, setOutcome] = useState<MappingOutcome | null>(null);
  const { state } = wizard;

  const apply = (source: MappingSource, mapping: ImportMapping) => {
    wizard.setState((current) => applyImportPreset(current, mapping, choices));
    setOutcome({
      source,
      kind: 'loaded',
      missing: missingMappingColumns(mapping, state.preview?.headers ?? []),
      unmatched: unmatchedMappingValues(mapping, state.entity, choices),
    });
  };

  const refuse = (source: MappingSource, problem: MappingFileProblem) =>
    setOutcome({ source, kind: 'refused', problem });

  return { outcome, apply, refuse };
};

export type LoadedMapping = ReturnType<typeof useLoadedMapping>;
