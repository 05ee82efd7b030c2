import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Select } from '../../../ui/form/Select';
import type { ImportWizardModel } from '../hooks/useImportWizard';
import { applyImportPreset } from '../utils/applyImportPreset';
import type { ImportValueChoice } from '../utils/ImportValueChoice';

/** Picks a saved mapping for this target: its columns, value translations and duplicate rule apply at once. */
export const ImportPresetPicker = ({
  wizard,
  choices,
}: {
  wizard: ImportWizardModel;
  choices: Readonly<Record<string, readonly ImportValueChoice[]>>;
}) => {
  const { t } = useTranslation();
  const presets = useLiveQuery('imports.presets', { entity: wizard.state.entity }, []).data ?? [];
  if (presets.length === 0) return null;
  return (
    <label className="import-preset-pick">
      {t('imports.wizard.presets')}
      <Select
        defaultValue=""
        onChange={(event) => {
          const preset = presets.find((candidate) => candidate.name === event.target.value);
          if (preset) wizard.setState((current) => applyImportPreset(current, preset.mapping, choices));
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
