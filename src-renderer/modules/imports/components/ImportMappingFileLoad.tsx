import { useTranslation } from 'react-i18next';
import { useReportError } from '../../../ui/toasts/useReportError';
import type { LoadedMapping } from '../hooks/useLoadedMapping';
import type { ImportEntity } from '@shared/contract/schemas/imports';
import { MAX_MAPPING_FILE_BYTES, readImportMappingFile } from '../utils/readImportMappingFile';

/**
 * "Load mapping from file…": a mapping JSON (the one `voronka import --mapping` reads, a
 * colleague's or the committed examples) read in the page — no path leaves it — checked against
 * the contract's schema and applied as a preset is. A bad file changes nothing and says why; a
 * file naming columns the file at hand lacks applies the rest and lists them (ImportMappingOutcome).
 */
export const ImportMappingFileLoad = ({ entity, loaded }: { entity: ImportEntity; loaded: LoadedMapping }) => {
  const { t } = useTranslation();
  const reportError = useReportError();

  const load = async (file: File) => {
    const source = { kind: 'file', name: file.name } as const;
    if (file.size > MAX_MAPPING_FILE_BYTES) {
      loaded.refuse(source, { kind: 'tooLarge' });
      return;
    }
    const reading = readImportMappingFile(await file.text(), entity);
    if ('problem' in reading) loaded.refuse(source, reading.problem);
    else loaded.apply(source, reading.mapping);
  };

  return (
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
  );
};
