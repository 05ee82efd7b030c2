import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../platform/useLanguage';
import { Select } from '../../../ui/form/Select';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useSaveSettings } from '../hooks/useSaveSettings';
import { useSettingsStore } from '../stores/settingsStore';
import { phoneCountryOptions } from '../utils/phoneCountryOptions';
import { SettingCard } from './SettingCard';

/**
 * The workspace's default phone country: how a number typed without "+" is read. Saved numbers
 * are in international form, so switching it changes no stored number (the description says so).
 */
export const PhoneCountryCard = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveSettings();
  const push = useToastStore((state) => state.push);
  const country = useSettingsStore((state) => state.settings?.['workspace.phoneCountry'] ?? 'RU');
  const options = useMemo(() => phoneCountryOptions(language), [language]);

  return (
    <SettingCard
      title={t('settings.phoneCountry.title')}
      description={t('settings.phoneCountry.description')}
      controlId="phone-country"
    >
      <Select
        id="phone-country"
        aria-labelledby="phone-country-title"
        className="setting-select"
        value={country}
        onChange={async (event) => {
          if (await save({ 'workspace.phoneCountry': event.target.value }))
            push({ tone: 'success', message: t('settings.saved') });
        }}
      >
        {options.map(({ code, label }) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </Select>
    </SettingCard>
  );
};
