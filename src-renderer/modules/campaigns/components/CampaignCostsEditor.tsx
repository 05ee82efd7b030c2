import type { Campaign } from '@shared/contract/schemas/campaigns';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { WEEK_PATTERN } from '@shared/domain/kpi/KpiPeriod';
import { formatInstant } from '@shared/i18n/formatDates';
import { formatMoney } from '@shared/i18n/formatMoney';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useLanguage } from '../../../platform/useLanguage';
import { Field } from '../../../ui/form/Field';
import type { FieldErrors } from '../../../ui/form/fieldErrors';
import { moneyIssue } from '../../../ui/form/moneyIssue';
import { parseMoneyInput } from '../../../ui/form/parseMoneyInput';
import { serverFieldErrors } from '../../../ui/form/serverFieldErrors';
import { Icon } from '../../../ui/Icon';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useSettingsStore } from '../../settings/stores/settingsStore';

type Values = { week: string; amount: string; visitors: string; impressions: string };
const EMPTY: Values = { week: '', amount: '', visitors: '', impressions: '' };

/** '' → null, a whole number ≥ 0 → it, anything else → undefined (refused). */
const parseCount = (text: string): number | null | undefined => {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  return /^\d{1,13}$/.test(compact) ? Number(compact) : undefined;
};

/** 2026-W49 → { year: '2026', number: 49 }: a week as people name it («Неделя 49, 2026»), not its ISO key. */
const weekParts = (week: string) => {
  const [, year = week, number = ''] = WEEK_PATTERN.exec(week) ?? [];
  return { year, number: Number(number) };
};

/** A campaign's weekly spend and reach: one row per ISO week, entering a week again replaces it. */
export const CampaignCostsEditor = ({ campaign }: { campaign: Campaign }) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const language = useLanguage();
  const currency = useSettingsStore((state) => state.settings?.['workspace.currency'] ?? 'RUB');
  const timeZone = useSettingsStore((state) => state.settings?.['workspace.timeZone'] ?? 'Europe/Moscow');
  const costs = useLiveQuery('campaignCosts.list', { campaignId: campaign.id }, ['campaign_costs']).data;
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const count = (value: number | null) => (value === null ? '—' : value.toLocaleString(language));
  const day = (at: number) => formatInstant(at, 'dayMonth', language, timeZone);

  const set = (key: keyof Values) => (event: { target: { value: string } }) => {
    setValues((current) => ({ ...current, [key]: event.target.value }));
    setErrors((current) => {
      const next = { ...current };
      delete next[key];
      return next;
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const digits = currencyExponent(currency);
    const amountMinor = values.amount.trim() === '' ? null : parseMoneyInput(values.amount, digits);
    const visitors = parseCount(values.visitors);
    const impressions = parseCount(values.impressions);
    if (!values.week) found.week = t('campaigns.costs.weekRequired');
    const amountIssue =
      values.amount.trim() === ''
        ? t('campaigns.costs.badAmount')
        : moneyIssue(values.amount, digits, t, (minor) => formatMoney(minor, currency, language));
    if (amountIssue) found.amount = amountIssue;
    if (visitors === undefined) found.visitors = t('campaigns.costs.badNumber');
    if (impressions === undefined) found.impressions = t('campaigns.costs.badNumber');
    if (Object.keys(found).length > 0 || amountMinor === null || visitors === undefined || impressions === undefined) {
      return setErrors(found);
    }
    setBusy(true);
    try {
      await client.call('campaignCosts.set', {
        campaignId: campaign.id,
        week: values.week,
        amountMinor,
        currency,
        visitors,
        impressions,
      });
      setValues(EMPTY);
    } catch (failure) {
      const fieldErrors = serverFieldErrors(failure, t, (path) => (path === 'amountMinor' ? 'amount' : path));
      if (fieldErrors) setErrors(fieldErrors);
      else reportError(failure);
    } finally {
      setBusy(false);
    }
  };

  const input = (key: keyof Values, label: string, type = 'text') => (
    <Field id={`cost-${key}`} label={label} error={errors[key]}>
      <input
        id={`cost-${key}`}
        className="input"
        type={type}
        inputMode={type === 'text' ? 'decimal' : undefined}
        value={values[key]}
        aria-invalid={errors[key] ? 'true' : undefined}
        onChange={set(key)}
      />
    </Field>
  );

  return (
    <section className="campaign-costs" aria-labelledby="campaign-costs-title" data-testid="campaign-costs">
      <div className="campaign-costs-head">
        <h3 id="campaign-costs-title">{t('campaigns.costs.title')}</h3>
        <p className="muted">{t('campaigns.costs.hint')}</p>
      </div>
      {costs && costs.length === 0 ? <p className="muted">{t('campaigns.costs.empty')}</p> : null}
      {costs && costs.length > 0 ? (
        <table className="campaign-costs-table">
          <thead>
            <tr>
              <th scope="col">{t('campaigns.costs.week')}</th>
              <th scope="col" className="is-number">
                {t('campaigns.costs.amount')}
              </th>
              <th scope="col" className="is-number">
                {t('campaigns.costs.visitors')}
              </th>
              <th scope="col" className="is-number">
                {t('campaigns.costs.impressions')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('campaigns.table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {costs.map((cost) => (
              <tr key={cost.id}>
                <td>
                  {t('campaigns.costs.weekLabel', {
                    ...weekParts(cost.week),
                    from: day(cost.periodStart),
                    to: day(cost.periodEnd - 1),
                  })}
                </td>
                <td className="is-number">{formatMoney(cost.amountMinor, cost.currency, language)}</td>
                <td className="is-number">{count(cost.visitors)}</td>
                <td className="is-number">{count(cost.impressions)}</td>
                <td className="campaign-actions">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('campaigns.costs.delete', weekParts(cost.week))}
                    title={t('campaigns.costs.delete', weekParts(cost.week))}
                    onClick={() => void client.call('campaignCosts.delete', { id: cost.id }).catch(reportError)}
                  >
                    <Icon name="trash" size={16} />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="campaign-cost-form" noValidate onSubmit={(event) => void submit(event)}>
        {input('week', t('campaigns.costs.week'), 'week')}
        {input('amount', `${t('campaigns.costs.amount')}, ${currency}`)}
        {input('visitors', t('campaigns.costs.visitors'))}
        {input('impressions', t('campaigns.costs.impressions'))}
        <button type="submit" className="button button-primary campaign-cost-save" disabled={busy}>
          {t('campaigns.costs.save')}
        </button>
      </form>
    </section>
  );
};
