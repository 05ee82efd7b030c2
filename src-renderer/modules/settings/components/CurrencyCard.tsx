import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../platform/useLanguage';
import { Select } from '../../../ui/form/Select';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useSaveSettings } from '../hooks/useSaveSettings';
import { useSettingsStore } from '../stores/settingsStore';
import { currencyOptions } from '../utils/currencyOptions';
import { CurrencyChangeDialog } from './CurrencyChangeDialog';
import { SettingCard } from './SettingCard';

/**
 * The workspace currency: picking another one first says what the switch does (existing deals
 * keep their currency, totals are shown per currency, nothing is converted), then saves.
 */
export const CurrencyCard = () => {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveSettings();
  const push = useToastStore((state) => state.push);
  const currency = useSettingsStore((state) => state.settings?.['workspace.currency'] ?? 'RUB');
  // The picked currency waits here until the user has read what the switch does.
  const [pending, setPending] = useState<string | null>(null);

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
        onChange={(event) => setPending(event.target.value === currency ? null : event.target.value)}
      >
        {currencyOptions(currency, language).map(({ code, label }) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </Select>
      <CurrencyChangeDialog
        from={currency}
        to={pending}
        onCancel={() => setPending(null)}
        onConfirm={async (to) => {
          if (!(await save({ 'workspace.currency': to }))) return;
          setPending(null);
          push({ tone: 'success', message: t('settings.saved') });
        }}
      />
    </SettingCard>
  );
};
