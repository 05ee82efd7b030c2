import { COMPANY_SIZES } from '@shared/contract/schemas/companies';
import type { IcpProfile, IcpProfileForm } from '@shared/contract/schemas/icpProfiles';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { formatMoney } from '@shared/i18n/formatMoney';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ensureIcpMessages } from '../utils/ensureIcpMessages';
import { useClient } from '../../../platform/ClientContext';
import { useLanguage } from '../../../platform/useLanguage';
import { Modal } from '../../../ui/Modal/Modal';
import { moneyIssue } from '../../../ui/form/moneyIssue';
import { parseMoneyInput } from '../../../ui/form/parseMoneyInput';
import { useFormSave } from '../../../ui/form/useFormSave';
import { toMoneyInput } from '../../dealDrawer/utils/moneyInput';
import { useSettingsStore } from '../../settings/stores/settingsStore';

type Size = (typeof COMPANY_SIZES)[number];
type Values = {
  name: string;
  industries: string;
  regions: string;
  sizeMin: Size | '';
  sizeMax: Size | '';
  revenueMin: string;
  revenueMax: string;
  mustHave: string;
  excluding: string;
  notes: string;
};

/** "a, b; c" → the terms; the contract trims them and drops blanks and repeats. */
const terms = (text: string): string[] => text.split(/[,;\n]/);

const valuesOf = (profile: IcpProfile | undefined, money: (minor: number | null) => string): Values => ({
  name: profile?.name ?? '',
  industries: profile?.industries.join(', ') ?? '',
  regions: profile?.regions.join(', ') ?? '',
  sizeMin: profile?.sizeMin ?? '',
  sizeMax: profile?.sizeMax ?? '',
  revenueMin: money(profile?.revenueMinMinor ?? null),
  revenueMax: money(profile?.revenueMaxMinor ?? null),
  mustHave: profile?.mustHave.join(', ') ?? '',
  excluding: profile?.excluding.join(', ') ?? '',
  notes: profile?.notes ?? '',
});

/** Create or edit an ICP profile; saving changed rules of an approved one returns it to draft. */
export const IcpProfileDialog = ({ profile, onClose }: { profile?: IcpProfile | undefined; onClose(): void }) => {
  const { t, i18n } = useTranslation();
  ensureIcpMessages(i18n);
  const client = useClient();
  const language = useLanguage();
  const currency = useSettingsStore((state) => state.settings?.['workspace.currency'] ?? 'RUB');
  const digits = currencyExponent(currency);
  const [values, setValues] = useState(() =>
    valuesOf(profile, (minor) => (minor === null ? '' : toMoneyInput(minor, currency, language))),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, save } = useFormSave(setErrors);

  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const money = (text: string): number | null | undefined =>
    text.trim() === '' ? null : (parseMoneyInput(text, digits) ?? undefined);
  /** Why a revenue bound is refused (negative, above the contract's maximum, not a number), or null. */
  const revenueIssue = (text: string) => moneyIssue(text, digits, t, (minor) => formatMoney(minor, currency, language));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const revenueMinMinor = money(values.revenueMin);
    const revenueMaxMinor = money(values.revenueMax);
    const found: Record<string, string> = {};
    const minIssue = revenueIssue(values.revenueMin);
    const maxIssue = revenueIssue(values.revenueMax);
    if (minIssue) found['revenueMinMinor'] = minIssue;
    if (maxIssue) found['revenueMaxMinor'] = maxIssue;
    if (!values.name.trim()) found['name'] = t('issues.required');
    if (Object.keys(found).length > 0 || revenueMinMinor === undefined || revenueMaxMinor === undefined) {
      return setErrors(found);
    }
    const input: IcpProfileForm = {
      name: values.name,
      industries: terms(values.industries),
      regions: terms(values.regions),
      sizeMin: values.sizeMin || null,
      sizeMax: values.sizeMax || null,
      revenueMinMinor,
      revenueMaxMinor,
      mustHave: terms(values.mustHave),
      excluding: terms(values.excluding),
      notes: values.notes,
    };
    await save(async () => {
      if (profile) await client.call('icpProfiles.update', { id: profile.id, patch: input });
      else await client.call('icpProfiles.create', input);
      onClose();
    });
  };

  const error = (field: string) =>
    errors[field] ? (
      <span className="field-error" role="alert">
        {errors[field]}
      </span>
    ) : null;
  const sizeSelect = (field: 'sizeMin' | 'sizeMax', label: string) => (
    <label>
      <span className="field-label">{label}</span>
      <select
        className="input"
        value={values[field]}
        onChange={set(field)}
        aria-invalid={errors[field] ? 'true' : undefined}
      >
        <option value="">{t('icp.form.anySize')}</option>
        {COMPANY_SIZES.map((size) => (
          <option key={size} value={size}>
            {t(`companies.sizes.${size}`)}
          </option>
        ))}
      </select>
      {error(field)}
    </label>
  );
  const text = (field: keyof Values, errorField: string, label: string, hint?: string, span2 = false) => (
    <label className={span2 ? 'span-2' : undefined}>
      <span className="field-label">{label}</span>
      <input
        className="input"
        // The dialog starts in the profile's name, as every other settings dialog does.
        data-autofocus={field === 'name' || undefined}
        value={values[field]}
        onChange={set(field)}
        aria-invalid={errors[errorField] ? 'true' : undefined}
        placeholder={hint}
      />
      {error(errorField)}
    </label>
  );

  return (
    <Modal open title={profile ? t('icp.form.editTitle') : t('icp.form.newTitle')} onClose={onClose} width="wide">
      <form noValidate onSubmit={submit} data-testid="icp-profile-form">
        <div className="modal-body icp-form">
          {text('name', 'name', t('icp.fields.name'), t('icp.form.namePlaceholder'), true)}
          {text('industries', 'industries', t('icp.fields.industries'), t('icp.form.listHint'))}
          {text('regions', 'regions', t('icp.fields.regions'), t('icp.form.listHint'))}
          {sizeSelect('sizeMin', t('icp.fields.sizeMin'))}
          {sizeSelect('sizeMax', t('icp.fields.sizeMax'))}
          {text('revenueMin', 'revenueMinMinor', t('icp.fields.revenueMin', { currency }))}
          {text('revenueMax', 'revenueMaxMinor', t('icp.fields.revenueMax', { currency }))}
          {text('mustHave', 'mustHave', t('icp.fields.mustHave'), t('icp.form.termsHint'))}
          {text('excluding', 'excluding', t('icp.fields.excluding'), t('icp.form.termsHint'))}
          <label className="span-2">
            <span className="field-label">{t('icp.fields.notes')}</span>
            <textarea className="input" rows={2} value={values.notes} onChange={set('notes')} />
          </label>
          {profile?.status === 'approved' ? <p className="muted span-2">{t('icp.form.editApproved')}</p> : null}
        </div>
        <footer className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('icp.form.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
};
