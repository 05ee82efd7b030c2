import type { ContactRow } from '@shared/contract/schemas/contacts';
import { calendarDateInZone } from '@shared/domain/calendarDate';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useNow } from '../../leads/hooks/useNow';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { Select } from '../../../ui/form/Select';
import { useReportError } from '../../../ui/toasts/useReportError';

const SCORES = Array.from({ length: 11 }, (_, score) => score);

const scoreTone = (score: number): string => (score >= 9 ? 'is-promoter' : score <= 6 ? 'is-detractor' : 'is-passive');

/** One NPS answer: the score as eleven buttons, who answered (a contact of the company), the day, a comment. */
export const NpsForm = ({
  companyId,
  contacts,
  onClose,
}: {
  companyId: string;
  contacts: readonly Pick<ContactRow, 'id' | 'name'>[];
  onClose(): void;
}) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const timeZone = useSettingsStore((state) => state.settings?.['workspace.timeZone'] ?? 'Europe/Moscow');
  // The date box's limit and default: the minute clock is plenty.
  const today = calendarDateInZone(useNow(60_000), timeZone);
  const [score, setScore] = useState<number | null>(null);
  const [contactId, setContactId] = useState('');
  const [day, setDay] = useState(today);
  const [comment, setComment] = useState('');
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (score === null) return;
    setSaving(true);
    try {
      await client.call('nps.record', {
        companyId,
        contactId: contactId || null,
        score,
        comment: comment.trim() || null,
        respondedOn: day,
      });
      push({ tone: 'success', message: t('customers.nps.saved') });
      onClose();
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className="customer-inline-form" onSubmit={submit}>
      <div role="radiogroup" aria-label={t('customers.nps.scoreLabel')} className="nps-scores">
        <span className="nps-scores-label">{t('customers.nps.scoreLabel')}</span>
        {SCORES.map((value) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={score === value}
            className={`nps-score ${scoreTone(value)}${score === value ? ' is-chosen' : ''}`}
            onClick={() => setScore(value)}
            // The form replaces the button that opened it: the keyboard continues at the first score.
            autoFocus={value === 0}
          >
            {value}
          </button>
        ))}
      </div>
      <label>
        <span>{t('customers.nps.contact')}</span>
        <Select value={contactId} onChange={(event) => setContactId(event.target.value)}>
          <option value="">{t('customers.nps.noContact')}</option>
          {contacts.map((contact) => (
            <option key={contact.id} value={contact.id}>
              {contact.name}
            </option>
          ))}
        </Select>
      </label>
      <label>
        <span>{t('customers.nps.date')}</span>
        <input
          className="input"
          type="date"
          required
          max={today}
          value={day}
          onChange={(event) => setDay(event.target.value)}
        />
      </label>
      <label className="customer-form-wide">
        <span>{t('customers.nps.comment')}</span>
        <input
          className="input"
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </label>
      <div className="customer-form-actions">
        <button type="submit" className="button button-small button-primary" disabled={saving || score === null}>
          {t('customers.nps.save')}
        </button>
        <button type="button" className="button button-small" onClick={onClose}>
          {t('customers.cancel')}
        </button>
      </div>
    </form>
  );
};
