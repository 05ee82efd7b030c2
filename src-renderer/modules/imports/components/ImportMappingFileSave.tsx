import { useTranslation } from 'react-i18next';
import { downloadBase64 } from '../../../platform/downloadBase64';
import type { ImportWizardModel } from '../hooks/useImportWizard';
import { buildImportMapping } from '../utils/buildImportMapping';
import type { ImportValueChoice } from '../utils/ImportValueChoice';
import { utf8Base64 } from '../utils/utf8Base64';

/**
 * "Save mapping to file": the checked mapping as the JSON `voronka import --mapping` reads and
 * the wizard loads back, for the command line or a colleague.
 */
export const ImportMappingFileSave = ({
  wizard,
  choices,
}: {
  wizard: ImportWizardModel;
  choices: Readonly<Record<string, readonly ImportValueChoice[]>>;
}) => {
  const { t } = useTranslation();
  const save = () => {
    const json = `${JSON.stringify(buildImportMapping(wizard.state, choices), null, 2)}\n`;
    downloadBase64({
      fileName: `${t('imports.mappingFile.fileName', { entity: wizard.state.entity })}.json`,
      mimeType: 'application/json',
      base64: utf8Base64(json),
      bytes: new TextEncoder().encode(json).length,
    });
  };
  return (
    <button type="button" className="button button-small" data-testid="import-mapping-save" onClick={save}>
      {t('imports.mappingFile.save')}
    </button>
  );
};
