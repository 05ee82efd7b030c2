import { RpcFailure } from '@shared/contract/createClient';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { displayName } from '@shared/i18n/displayName';
import { formatMoney } from '@shared/i18n/formatMoney';
import { type FormEvent, useState } from 'react';
import { CustomFieldsFormSection } from '../../customFields/components/CustomFieldsFormSection';
import { type CustomDraft, useCustomDraft } from '../../customFields/hooks/useCustomDraft';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useUnsavedChanges } from '../../../ui/discard/useUnsavedChanges';
import { Field } from '../../../ui/form/Field';
import { fieldErrorsFromIssues, type FieldErrors } from '../../../ui/form/fieldErrors';
import { moneyIssue } from '../../../ui/form/moneyIssue';
import { parseMoneyInput } from '../../../ui/form/parseMoneyInput';
import { useLanguage } from '../../../platform/useLanguage';
import { Select } from '../../../ui/form/Select';
import { Modal } from '../../../ui/Modal/Modal';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { openDeal } from '../../dealDrawer/hooks/useDealRoute';
import { CampaignOptions } from '../../campaigns/components/CampaignOptions';
import { useCampaignChoices } from '../../campaigns/hooks/useCampaignChoices';
import { campaignFitsSource } from '@shared/domain/campaignFitsSource';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { useDefaultPipeline } from '../../workspace/hooks/useDefaultPipeline';
import { useLeadDuplicates } from '../hooks/useLeadDuplicates';
import { LeadDuplicatesPanel } from './LeadDuplicatesPanel';

type Values = {
  company: string;
  inn: string;
  contact: string;
  phone: string;
  email: string;
  sourceId: string;
  campaignId: string;
  value: string;
  notes: string;
};

const EMPTY: Values = {
  company: '',
  inn: '',
  contact: '',
  phone: '',
  email: '',
  sourceId: '',
  campaignId: '',
  value: '',
  notes: '',
};

/** What the user chose from the duplicate warning instead of typing a new record. */
export type Attached = { companyId?: { id: string; name: string }; contactId?: { id: string; name: string } };

const NewLeadForm = ({ onClose }: { onClose(): void }) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const pushToast = useToastStore((state) => state.push);
  const pipeline = useDefaultPipeline();
  const currency = useSettingsStore((state) => state.settings?.['workspace.currency'] ?? 'RUB');
  const language = useLanguage();
  const sources = useLiveQuery('leadSources.list', {}, ['lead_sources']).data ?? [];
  const [values, setValues] = useState<Values>(EMPTY);
  const campaigns = useCampaignChoices(values.sourceId || null, values.campaignId || null);
  const [attached, setAttached] = useState<Attached>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  // The deal's custom fields (the lead is the deal), sent in the same create.
  const customDraft = useCustomDraft('deal');
  const [custom, setCustom] = useState<CustomDraft>({});
  const typed = Object.values(values).some((value) => value.trim() !== '');
  useUnsavedChanges(
    typed || attached.companyId !== undefined || attached.contactId !== undefined || Object.keys(custom).length > 0,
  );
  const duplicates = useLeadDuplicates(
    typed
      ? { name: attached.companyId ? '' : values.company, inn: values.inn, phone: values.phone, email: values.email }
      : null,
  );
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
    const valueMinor =
      values.value.trim() === '' ? undefined : parseMoneyInput(values.value, currencyExponent(currency));
    if (valueMinor === null) found.value = t('leads.create.badValue');
    else if (valueMinor !== undefined) {
      // Above the contract's maximum: say the maximum, not the core's bare "too big".
      const tooBig = moneyIssue(values.value, currencyExponent(currency), t, (minor) =>
        formatMoney(minor, currency, language),
      );
      if (tooBig) found.value = tooBig;
    }
    if (!attached.companyId && !attached.contactId && !values.company.trim() && !values.contact.trim()) {
      found.company = t('leads.create.partyRequired');
    }
    Object.assign(found, customDraft.errors(custom));
    if (Object.keys(found).length > 0 || valueMinor === null || !pipeline) return setErrors(found);
    setSaving(true);
    try {
      const deal = await client.call('leads.create', {
        pipelineId: pipeline.id,
        ...(attached.companyId
          ? { companyId: attached.companyId.id }
          : values.company.trim()
            ? { companyName: values.company, ...(values.inn.trim() ? { inn: values.inn } : {}) }
            : {}),
        ...(attached.contactId
          ? { contactId: attached.contactId.id }
          : values.contact.trim()
            ? { contactName: values.contact }
            : {}),
        ...(attached.contactId ? {} : { phone: values.phone || null, email: values.email || null }),
        ...(values.sourceId ? { sourceId: values.sourceId } : {}),
        ...(values.campaignId ? { campaignId: values.campaignId } : {}),
        ...(valueMinor === undefined ? {} : { valueMinor }),
        ...(values.notes.trim() ? { notes: values.notes } : {}),
        ...customDraft.input(custom),
      });
      pushToast({
        tone: 'success',
        message: t('leads.create.created', { title: deal.title }),
        action: { label: t('leads.create.open'), run: () => openDeal(deal.id) },
      });
      onClose();
    } catch (failure) {
      const issues = failure instanceof RpcFailure ? (failure.error.issues ?? []) : [];
      const map: Record<string, string> = { companyName: 'company', contactName: 'contact', valueMinor: 'value' };
      if (issues.length > 0) setErrors(fieldErrorsFromIssues(issues, t, (path) => map[path] ?? path));
      else reportError(failure);
    } finally {
      setSaving(false);
    }
  };

  const text = (
    key: keyof Values,
    label: string,
    props: { type?: string; autoFocus?: boolean; optional?: boolean } = {},
  ) => (
    <Field id={`lead-${key}`} label={label} error={errors[key]} optional={props.optional ?? true}>
      <input
        id={`lead-${key}`}
        className="input"
        type={props.type ?? 'text'}
        value={values[key]}
        data-autofocus={props.autoFocus ? '' : undefined}
        aria-invalid={errors[key] ? 'true' : undefined}
        onChange={set(key)}
      />
    </Field>
  );

  return (
    <form
      noValidate
      onSubmit={(event) => void submit(event)}
      className="record-form new-lead-form"
      data-testid="new-lead-form"
    >
      <div className="modal-body new-lead-grid">
        {attached.companyId ? (
          <p className="lead-attached span-2" data-testid="lead-attached-company">
            {t('leads.create.attachedCompany', { name: attached.companyId.name })}{' '}
            <button
              type="button"
              className="button button-link"
              onClick={() => setAttached((a) => ({ ...a, companyId: undefined }))}
            >
              {t('leads.create.detach')}
            </button>
          </p>
        ) : (
          <>
            {text('company', t('leads.create.company'), { autoFocus: true })}
            {text('inn', t('leads.create.inn'))}
          </>
        )}
        {attached.contactId ? (
          <p className="lead-attached span-2" data-testid="lead-attached-contact">
            {t('leads.create.attachedContact', { name: attached.contactId.name })}{' '}
            <button
              type="button"
              className="button button-link"
              onClick={() => setAttached((a) => ({ ...a, contactId: undefined }))}
            >
              {t('leads.create.detach')}
            </button>
          </p>
        ) : (
          <>
            <div className="span-2">{text('contact', t('leads.create.contact'))}</div>
            {text('phone', t('leads.create.phone'), { type: 'tel' })}
            {text('email', t('leads.create.email'), { type: 'email' })}
          </>
        )}
        <LeadDuplicatesPanel
          duplicates={duplicates}
          attached={attached}
          onAttach={(patch) => setAttached((a) => ({ ...a, ...patch }))}
        />
        <Field id="lead-source" label={t('leads.create.source')} optional>
          <Select
            id="lead-source"
            value={values.sourceId}
            onChange={(event) => {
              const sourceId = event.target.value;
              const campaign = campaigns.byId.get(values.campaignId);
              // A campaign of another source goes with the old source.
              const keep = campaign !== undefined && campaignFitsSource(campaign.sourceId, sourceId || null);
              setValues((current) => ({ ...current, sourceId, campaignId: keep ? current.campaignId : '' }));
            }}
          >
            <option value="">{t('common.none')}</option>
            {sources.map((source) => (
              <option key={source.id} value={source.id}>
                {displayName(source, t, 'leadSource')}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="lead-campaign" label={t('campaigns.picker.label')} error={errors.campaignId} optional>
          <Select
            id="lead-campaign"
            value={values.campaignId}
            onChange={(event) => {
              const campaignId = event.target.value;
              // Picking a campaign says where the lead came from: its source comes with it.
              const sourceId = campaigns.byId.get(campaignId)?.sourceId ?? null;
              setValues((current) => ({ ...current, campaignId, sourceId: sourceId ?? current.sourceId }));
            }}
          >
            <CampaignOptions campaigns={campaigns.offered} sources={sources} />
          </Select>
        </Field>
        {text('value', t('leads.create.value', { currency }))}
        <div className="span-2">
          <Field id="lead-notes" label={t('leads.create.notes')} error={errors.notes} optional>
            <textarea
              id="lead-notes"
              className="input textarea"
              rows={3}
              maxLength={10_000}
              value={values.notes}
              onChange={set('notes')}
            />
          </Field>
        </div>
        <div className="span-2">
          <CustomFieldsFormSection
            idPrefix="lead"
            fields={customDraft.fields}
            values={custom}
            errors={errors}
            onChange={(fieldId, value) => setCustom((draft) => ({ ...draft, [fieldId]: value }))}
          />
        </div>
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('leads.create.submit')}
        </button>
      </footer>
    </form>
  );
};

/** The fast "new lead" form: company or person, how to reach them, where they came from. */
export const NewLeadDialog = ({ open, onClose }: { open: boolean; onClose(): void }) => {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('leads.create.title')} onClose={onClose} width="wide">
      {open ? <NewLeadForm onClose={onClose} /> : null}
    </Modal>
  );
};
