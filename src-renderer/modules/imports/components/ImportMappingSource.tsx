import type { ImportWizardModel } from '../hooks/useImportWizard';
import { useLoadedMapping } from '../hooks/useLoadedMapping';
import type { ImportValueChoice } from '../utils/ImportValueChoice';
import { ImportMappingFileLoad } from './ImportMappingFileLoad';
import { ImportMappingOutcome } from './ImportMappingOutcome';
import { ImportPresetPicker } from './ImportPresetPicker';

/**
 * Above the columns: a saved preset or a mapping file to start from, and one note for whichever
 * was applied last (mounted with the columns step, so a note never outlives the file it was about).
 */
export const ImportMappingSource = ({
  wizard,
  choices,
}: {
  wizard: ImportWizardModel;
  choices: Readonly<Record<string, readonly ImportValueChoice[]>>;
}) => {
  const loaded = useLoadedMapping(wizard, choices);
  const { entity } = wizard.state;
  return (
    <div className="import-mapping-source">
      <ImportPresetPicker entity={entity} loaded={loaded} />
      <ImportMappingFileLoad entity={entity} loaded={loaded} />
      <ImportMappingOutcome outcome={loaded.outcome} entity={entity} />
    </div>
  );
};
