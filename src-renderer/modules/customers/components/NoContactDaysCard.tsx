import { useTranslation } from 'react-i18next';
import { SETTING_DEFAULTS } from '@shared/contract/settingDefaults';
import { SettingCard } from '../../settings/components/SettingCard';
import { useSaveSettings } from '../../settings/hooks/useSaveSettings';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { ensureCustomerMessages } from '../utils/ensureCustomerMessages';

/** The seed's "regular contact" control point: after how many quiet days a customer is flagged. */
export const NoContactDaysCard = () => {
  const { t, i18n } = useTranslation();
  ensureCustomerMessages(i18n);
  const save = useSaveSettings();
  const push = useToastStore((state) => state.push);
  const stored = useSettingsStore(
    (state) => state.settings?.['retention.noContactDays'] ?? SETTING_DEFAULTS['retention.noContactDays'],
  );
  // Uncontrolled and keyed by the stored value: a refused or emptied box shows the stored days again.
  const commit = async (box: HTMLInputElement) => {
    const days = Number(box.value);
    if (box.value.trim() === '' || days === stored) {
      box.value = String(stored);
      return;
    }
    if (await save({ 'retention.noContactDays': days })) push({ tone: 'success', message: t('settings.saved') });
    else box.value = String(stored);
  };
  return (
    <SettingCard
      title={t('customers.settings.title')}
      description={t('customers.settings.description')}
      controlId="no-contact-days"
    >
      <input
        id="no-contact-days"
        aria-labelledby="no-contact-days-title"
        className="input setting-number"
        type="number"
        min={1}
        max={365}
        step={1}
        inputMode="numeric"
        key={stored}
        defaultValue={stored}
        onBlur={(event) => void commit(event.currentTarget)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void commit(event.currentTarget);
        }}
      />
    </SettingCard>
  );
};
