import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../platform/useLanguage';
import { Select } from '../../../ui/form/Select';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { currencyOptions } from '../../settings/utils/currencyOptions';
import type { ImportWizardModel } from '../hooks/useImportWizard';

/**
 * Deals: the currency of the file's amounts that name none (a file from a dollar pipeline into a
 * rouble workspace), the workspace's unless picked; a currency column, when mapped, still wins
 * for its rows. Nothing is converted: the amounts are stored in the currency they are in.
 */
export const ImportCurrencyChoice = ({ wizard }: { wizard: ImportWizardModel }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const workspace = useSettingsStore((settings) => settings.settings?.['workspace.currency'] ?? 'RUB');
  const { state, setState } = wizard;
  const current = state.currency ?? workspace;
  const column = state.columns.currency;
  return (
    <section className="import-currency" aria-labelledby="import-currency-title">
      <h3 id="import-currency-title">{t('imports.wizard.currencyTitle')}</h3>
      <p className="muted">
        {column === undefined
          ? t('imports.wizard.currencyNote')
          : t('imports.wizard.currencyNoteWithColumn', { column })}
      </p>
      <Select
        aria-labelledby="import-currency-title"
        data-testid="import-currency"
        value={current}
        onChange={(event) =>
          setState((previous) => ({
            ...previous,
            currency: event.target.value === workspace ? null : event.target.value,
          }))
        }
      >
        {currencyOptions(current, language).map(({ code, label }) => (
          <option key={code} value={code}>
            {code === workspace ? t('imports.wizard.currencyWorkspace', { label }) : label}
          </option>
        ))}
      </Select>
    </section>
  );
};
