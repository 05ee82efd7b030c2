import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';
import type { ImportWizardModel } from '../hooks/useImportWizard';
import { buildImportMapping } from '../utils/buildImportMapping';
import type { ImportValueChoice } from '../utils/ImportValueChoice';

/** Saves the checked mapping under a name, for the next file of the same kind. */
export const ImportPresetSave = ({
  wizard,
  choices,
}: {
  wizard: ImportWizardModel;
  choices: Readonly<Record<string, readonly ImportValueChoice[]>>;
}) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      const preset = await client.call('imports.savePreset', {
        name: name.trim(),
        mapping: buildImportMapping(wizard.state, choices),
      });
      push({ tone: 'success', message: t('imports.wizard.presetSaved', { name: preset.name }) });
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      className="import-preset-save"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor="import-preset-name">{t('imports.wizard.presetName')}</label>
      <input
        id="import-preset-name"
        className="input"
        maxLength={100}
        value={name}
        placeholder={t('imports.wizard.presetPlaceholder')}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button button-small" disabled={saving || name.trim() === ''}>
        {t('imports.wizard.presetSave')}
      </button>
    </form>
  );
};
