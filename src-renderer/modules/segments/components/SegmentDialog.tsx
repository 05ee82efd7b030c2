import { COMPANY_SIZES, type CompanySize } from '@shared/contract/schemas/companies';
import type { CustomFilter } from '@shared/contract/schemas/customFields';
import { DEAL_KINDS, type DealKind } from '@shared/contract/schemas/deals';
import { SEGMENT_CUSTOMER_STATUSES, type Segment, type SegmentRules } from '@shared/contract/schemas/segments';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { displayName } from '@shared/i18n/displayName';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useLanguage } from '../../../platform/useLanguage';
import { Modal } from '../../../ui/Modal/Modal';
import { parseMoneyInput } from '../../../ui/form/parseMoneyInput';
import { useFormSave } from '../../../ui/form/useFormSave';
import { toMoneyInput } from '../../dealDrawer/utils/moneyInput';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { ensureSegmentMessages } from '../utils/ensureSegmentMessages';
import { CheckGroup } from './CheckGroup';
import { SegmentCustomCriteria } from './SegmentCustomCriteria';

type CustomerStatus = (typeof SEGMENT_CUSTOMER_STATUSES)[number];
type Values = {
  name: string;
  industries: string;
  regions: string;
  sizes: CompanySize[];
  icpFitMin: string;
  customerStatuses: CustomerStatus[];
  sourceIds: string[];
  ownerIds: string[];
  kinds: DealKind[];
  valueMin: string;
  valueMax: string;
  companyCustom: CustomFilter[];
  dealCustom: CustomFilter[];
};

const terms = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((term) => term.trim())
    .filter(Boolean);

/** A list criterion is sent only when something is chosen (nothing chosen: no criterion). */
const some = <T,>(list: readonly T[]): T[] | undefined => (list.length > 0 ? [...list] : undefined);

/**
 * Create or edit a segment: company criteria (industry, region, size, ICP fit, customer status)
 * and deal criteria (source, owner, kind, value), and either's custom fields (numbers, money, options,
 * checkboxes).
 */
export const SegmentDialog = ({ segment, onClose }: { segment?: Segment | undefined; onClose(): void }) => {
  const { t, i18n } = useTranslation();
  ensureSegmentMessages(i18n);
  const client = useClient();
  const language = useLanguage();
  const currency = useSettingsStore((state) => state.settings?.['workspace.currency'] ?? 'RUB');
  const digits = currencyExponent(currency);
  const sources = useLiveQuery('leadSources.list', {}, ['lead_sources']).data ?? [];
  const users = useLiveQuery('users.list', {}, ['users']).data ?? [];
  const rules = segment?.rules;
  const money = (minor: number | undefined) => (minor === undefined ? '' : toMoneyInput(minor, currency, language));
  const [values, setValues] = useState<Values>(() => ({
    name: segment?.name ?? '',
    industries: rules?.company.industries?.join(', ') ?? '',
    regions: rules?.company.regions?.join(', ') ?? '',
    sizes: rules?.company.sizes ?? [],
    icpFitMin: rules?.company.icpFitMin === undefined ? '' : String(Math.round(rules.company.icpFitMin * 100)),
    customerStatuses: rules?.company.customerStatuses ?? [],
    sourceIds: rules?.deal.sourceIds ?? [],
    ownerIds: rules?.deal.ownerIds ?? [],
    kinds: rules?.deal.kinds ?? [],
    valueMin: money(rules?.deal.valueMinMinor),
    valueMax: money(rules?.deal.valueMaxMinor),
    companyCustom: rules?.company.custom ?? [],
    dealCustom: rules?.deal.custom ?? [],
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, save } = useFormSave(setErrors);
  const set = <K extends keyof Values>(field: K, value: Values[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const fit = values.icpFitMin.trim() === '' ? undefined : Number(values.icpFitMin.replace(',', '.'));
    if (fit !== undefined && !(fit >= 0 && fit <= 100)) found['icpFitMin'] = t('segments.form.percent');
    const minMinor = values.valueMin.trim() === '' ? undefined : (parseMoneyInput(values.valueMin, digits) ?? null);
    const maxMinor = values.valueMax.trim() === '' ? undefined : (parseMoneyInput(values.valueMax, digits) ?? null);
    if (minMinor === null) found['valueMin'] = t('issues.money');
    if (maxMinor === null) found['valueMax'] = t('issues.money');
    if (!values.name.trim()) found['name'] = t('issues.required');
    if (Object.keys(found).length > 0) return setErrors(found);
    const next: SegmentRules = {
      company: {
        industries: some(terms(values.industries)),
        regions: some(terms(values.regions)),
        sizes: some(values.sizes),
        icpFitMin: fit === undefined ? undefined : fit / 100,
        customerStatuses: some(values.customerStatuses),
        custom: some(values.companyCustom),
      },
      deal: {
        sourceIds: some(values.sourceIds),
        ownerIds: some(values.ownerIds),
        campaignIds: rules?.deal.campaignIds,
        kinds: some(values.kinds),
        valueMinMinor: minMinor ?? undefined,
        valueMaxMinor: maxMinor ?? undefined,
        custom: some(values.dealCustom),
      },
    };
    // JSON drops the criteria left undefined, as the contract expects.
    const input = { name: values.name, rules: JSON.parse(JSON.stringify(next)) as SegmentRules };
    await save(async () => {
      if (segment) await client.call('segments.update', { id: segment.id, patch: input });
      else await client.call('segments.create', input);
      onClose();
    });
  };

  const error = (field: string) =>
    errors[field] ? (
      <span className="field-error" role="alert">
        {errors[field]}
      </span>
    ) : null;
  const text = (
    field: 'name' | 'industries' | 'regions' | 'icpFitMin' | 'valueMin' | 'valueMax',
    label: string,
    hint?: string,
  ) => (
    <label className={field === 'name' ? 'span-2' : undefined}>
      <span className="field-label">{label}</span>
      <input
        className="input"
        // The dialog starts in the segment's name, as every other settings dialog does.
        data-autofocus={field === 'name' || undefined}
        value={values[field]}
        onChange={(event) => set(field, event.target.value)}
        aria-invalid={errors[field] ? 'true' : undefined}
        placeholder={hint}
        inputMode={field === 'icpFitMin' || field.startsWith('value') ? 'decimal' : undefined}
      />
      {error(field)}
    </label>
  );

  return (
    <Modal
      open
      title={segment ? t('segments.form.editTitle') : t('segments.form.newTitle')}
      onClose={onClose}
      width="wide"
    >
      <form noValidate onSubmit={submit} data-testid="segment-form">
        <div className="modal-body icp-form segment-form">
          {text('name', t('segments.form.name'), t('segments.form.namePlaceholder'))}
          <h3 className="span-2 segment-form-part">{t('segments.form.company')}</h3>
          {text('industries', t('segments.form.industries'), t('segments.form.listHint'))}
          {text('regions', t('segments.form.regions'), t('segments.form.listHint'))}
          <div className="span-2">
            <CheckGroup
              label={t('segments.form.sizes')}
              options={COMPANY_SIZES.map((size) => ({ value: size, label: t(`companies.sizes.${size}`) }))}
              chosen={values.sizes}
              onChange={(next) => set('sizes', next)}
            />
          </div>
          <div className="span-2">
            <CheckGroup
              label={t('segments.form.customerStatuses')}
              options={SEGMENT_CUSTOMER_STATUSES.map((status) => ({
                value: status,
                label: t(`segments.customer.${status}`),
              }))}
              chosen={values.customerStatuses}
              onChange={(next) => set('customerStatuses', next)}
            />
          </div>
          {text('icpFitMin', t('segments.form.icpFitMin'))}
          <span />
          <SegmentCustomCriteria
            entity="company"
            filters={values.companyCustom}
            onChange={(next) => set('companyCustom', next)}
          />
          <h3 className="span-2 segment-form-part">{t('segments.form.deal')}</h3>
          <div className="span-2">
            <CheckGroup
              label={t('segments.form.sources')}
              options={sources.map((source) => ({ value: source.id, label: displayName(source, t, 'leadSource') }))}
              chosen={values.sourceIds}
              onChange={(next) => set('sourceIds', next)}
            />
          </div>
          <div className="span-2">
            <CheckGroup
              label={t('segments.form.owners')}
              options={users.map((user) => ({ value: user.id, label: user.name }))}
              chosen={values.ownerIds}
              onChange={(next) => set('ownerIds', next)}
            />
          </div>
          <div className="span-2">
            <CheckGroup
              label={t('segments.form.kinds')}
              options={DEAL_KINDS.map((kind) => ({ value: kind, label: t(`deal.kind.${kind}`) }))}
              chosen={values.kinds}
              onChange={(next) => set('kinds', next)}
            />
          </div>
          {text('valueMin', t('segments.form.valueMin', { currency }))}
          {text('valueMax', t('segments.form.valueMax', { currency }))}
          <SegmentCustomCriteria
            entity="deal"
            filters={values.dealCustom}
            onChange={(next) => set('dealCustom', next)}
          />
        </div>
        <footer className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('segments.form.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
};
