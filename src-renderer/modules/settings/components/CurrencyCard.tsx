import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../platform/useLanguage';
import { Select } from '../../../ui/form/Select';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useSaveSettings } from '../hooks/useSaveSettings';
import { useSettingsStore } from '../stores/settingsStore';
import { currencyOptions } from '../utils/currencyOptions';
import { SettingCard } from './SettingCard';

export const CurrencyCard = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveSettings();
  const push = useToastStore((state) => state.push);
  const currency = useSettingsStore((state) => state.settings?.['workspace.currency'] ?? 'RUB');

  return (
    <SettingCard
      title={t('settings.currency.title')}
      description={t('settings.currency.description')}
      controlId="currency"
    >
      <Select
        id="currency"
        aria-labelledby="currency-title"
        className="setting-select"
        value={currency}
        onChange={async (event) => {
          if (await save({ 'workspace.currency': event.target.value }))
            push({ tone: 'success', message: t('settings.saved') });
        }}
      >
        {currencyOptions(currency, language).map(({ code, label }) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </Select>
    </SettingCard>
  );
};
