import type { ImportEntity } from '@shared/contract/schemas/imports';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Select } from '../../../ui/form/Select';
import type { LoadedMapping } from '../hooks/useLoadedMapping';

/**
 * Picks a saved mapping for this target: its columns, value translations and duplicate rule apply
 * at once, and the note the mapping-file control shows says what the file at hand lacks.
 */
export const ImportPresetPicker = ({ entity, loaded }: { entity: ImportEntity; loaded: LoadedMapping }) => {
  const { t } = useTranslation();
  const presets = useLiveQuery('imports.presets', { entity }, []).data ?? [];
  if (presets.length === 0) return null;
  return (
    <label className="import-preset-pick">
      {t('imports.wizard.presets')}
      <Select
        defaultValue=""
        data-testid="import-preset-pick"
        onChange={(event) => {
          const preset = presets.find((candidate) => candidate.name === event.target.value);
          if (preset) loaded.apply({ kind: 'preset', name: preset.name }, preset.mapping);
        }}
      >
        <option value="">{t('imports.wizard.presetNone')}</option>
        {presets.map((preset) => (
          <option key={preset.name} value={preset.name}>
            {preset.name}
          </option>
        ))}
      </Select>
    </label>
  );
};
