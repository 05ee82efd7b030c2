import { calendarDateInZone } from '@shared/domain/calendarDate';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useNow } from '../../leads/hooks/useNow';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';

/** "The customer churned": the day (today by default) and the reason, both required. */
export const ChurnForm = ({ companyId, onClose }: { companyId: string; onClose(): void }) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const timeZone = useSettingsStore((state) => state.settings?.['workspace.timeZone'] ?? 'Europe/Moscow');
  // The date box's limit and default: the minute clock is plenty.
  const today = calendarDateInZone(useNow(60_000), timeZone);
  const [reason, setReason] = useState('');
  const [day, setDay] = useState(today);
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await client.call('customers.churn', { companyId, reason, churnedOn: day });
      push({ tone: 'success', message: t('customers.churn.done') });
      onClose();
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="customer-inline-form" onSubmit={submit}>
      <label>
        <span>{t('customers.churn.reason')}</span>
        <input
          className="input"
          required
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          autoFocus
        />
      </label>
      <label>
        <span>{t('customers.churn.date')}</span>
        <input
          className="input"
          type="date"
          required
          max={today}
          value={day}
          onChange={(event) => setDay(event.target.value)}
        />
      </label>
      <div className="customer-form-actions">
        <button type="submit" className="button button-small button-danger" disabled={saving || reason.trim() === ''}>
          {t('customers.churn.save')}
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('customers.cancel')}
        </button>
      </div>
    </form>
  );
};
