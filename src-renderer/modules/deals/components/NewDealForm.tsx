import { campaignFitsSource } from '@shared/domain/campaignFitsSource';
import { CampaignOptions } from '../../campaigns/components/CampaignOptions';
import { useCampaignChoices } from '../../campaigns/hooks/useCampaignChoices';
import { dealCreateInputSchema, type DealKind } from '@shared/contract/schemas/deals';
import { displayName } from '@shared/i18n/displayName';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { formatMoney } from '@shared/i18n/formatMoney';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useLanguage } from '../../../platform/useLanguage';
import { Field, fieldAria } from '../../../ui/form/Field';
import type { FieldErrors } from '../../../ui/form/fieldErrors';
import { type LookupOption, LookupPicker, type LookupValue } from '../../../ui/form/LookupPicker';
import { LengthCounter } from '../../../ui/form/LengthCounter';
import { moneyIssue } from '../../../ui/form/moneyIssue';
import { parseMoneyInput } from '../../../ui/form/parseMoneyInput';
import { Select } from '../../../ui/form/Select';
import { useRecordForm } from '../../../ui/form/useRecordForm';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useCompanyLookup } from '../../companies/hooks/useCompanyLookup';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { currencyOptions } from '../../settings/utils/currencyOptions';
import { OwnerPicker } from '../../users/components/OwnerPicker';
import { useCurrentUser } from '../../users/hooks/useCurrentUser';
import { useDefaultPipeline } from '../../workspace/hooks/useDefaultPipeline';
import { useWorkspaceStore } from '../../workspace/stores/workspaceStore';
import { useStages } from '../../workspace/hooks/useStages';
import { GatePanel } from '../../board/components/GatePanel';
import { useCreateGate } from '../hooks/useCreateGate';
import { CustomFieldsFormSection } from '../../customFields/components/CustomFieldsFormSection';
import { type CustomDraft, useCustomDraft } from '../../customFields/hooks/useCustomDraft';
import '../../../ui/form/FormGrid.css';

/**
 * The sum and date as typed; `stageId` is blank until the user picks one (then the first stage); a
 * company or contact without an id is one to create with the deal.
 */
type DealFormValues = {
  title: string;
  value: string;
  currency: string;
  stageId: string;
  company: LookupValue | null;
  contact: LookupValue | null;
  ownerId: string | null;
  closeDate: string;
  sourceId: string;
  campaignId: string;
  /** Custom field values, sent with the deal in its create. */
  custom: CustomDraft;
};

/** Contract paths → the form's fields. */
const FIELD_OF: Record<string, keyof DealFormValues> = {
  valueMinor: 'value',
  companyId: 'company',
  newCompany: 'company',
  contactId: 'contact',
  newContact: 'contact',
  expectedCloseOn: 'closeDate',
};
const fieldOf = (path: string) => FIELD_OF[path] ?? path;

const parseValue = ({ value, currency }: DealFormValues) => parseMoneyInput(value, currencyExponent(currency));

/** An existing record by id, or a new one by name (made in the same write as the deal). */
const link = <K extends string, N extends string>(choice: LookupValue | null, idKey: K, newKey: N) =>
  choice === null ? {} : choice.id ? { [idKey]: choice.id } : { [newKey]: { name: choice.name } };

const CONTACT_SUGGESTIONS = 8;

/** Contacts to offer: those of the chosen company (none yet for a company being created). */
const useContactLookup = (company: LookupValue | null) => {
  const client = useClient();
  const companyId = company?.id ?? null;
  const creatingCompany = company !== null && companyId === null;
  return useCallback(
    async (search: string): Promise<LookupOption[]> => {
      if (creatingCompany) return [];
      const page = await client.call('contacts.list', {
        ...(search ? { search } : {}),
        ...(companyId ? { companyId } : {}),
        limit: CONTACT_SUGGESTIONS,
      });
      return page.rows.map((contact) => ({ id: contact.id, name: contact.name, hint: contact.jobTitle }));
    },
    [client, companyId, creatingCompany],
  );
};

/**
 * "New deal" in the default pipeline or the board's: title, value, stage, company and contact
 * (existing, or created with the deal in one write), owner (you by default), close date and
 * source. Checked with the contract's schema on submit (see useRecordForm).
 */
/** A deal started from somewhere that already says what it is: a customer's upsell, say. */
export type NewDealPreset = { company: { id: string; name: string }; kind: DealKind };

export const NewDealForm = ({
  onDone,
  pipelineId,
  preset,
}: {
  onDone(): void;
  pipelineId?: string | undefined;
  preset?: NewDealPreset | undefined;
}) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useClient();
  const pushToast = useToastStore((state) => state.push);
  const workspaceCurrency = useSettingsStore((state) => state.settings?.['workspace.currency'] ?? 'RUB');
  const { user: me } = useCurrentUser();
  const defaultPipeline = useDefaultPipeline();
  const pipelines = useWorkspaceStore((state) => state.pipelines);
  const pipeline = pipelineId ? (pipelines?.find((candidate) => candidate.id === pipelineId) ?? null) : defaultPipeline;
  const stages = useStages(pipeline?.id);
  const sources = useLiveQuery('leadSources.list', {}, ['lead_sources']).data ?? [];
  const companyLookup = useCompanyLookup();
  const chosenStage = (stageId: string) => stageId || stages?.[0]?.id || '';
  const createGate = useCreateGate();
  const customDraft = useCustomDraft('deal');
  const formRef = useRef<HTMLFormElement>(null);
  const stageName = (stageId: string) => {
    const stage = stages?.find((candidate) => candidate.id === stageId);
    return stage ? displayName(stage, t, 'stage') : '';
  };

  const valueIssue = ({ value, currency }: DealFormValues): FieldErrors => {
    const issue = moneyIssue(value, currencyExponent(currency), t, (minor) => formatMoney(minor, currency, language));
    return issue ? { value: issue } : {};
  };

  const toInput = (values: DealFormValues) => {
    const stageId = chosenStage(values.stageId);
    return {
      title: values.title,
      valueMinor: parseValue(values) ?? 0,
      currency: values.currency,
      pipelineId: pipeline?.id ?? '',
      ...(stageId ? { stageId } : {}),
      ...link(values.company, 'companyId', 'newCompany'),
      ...link(values.contact, 'contactId', 'newContact'),
      ownerId: values.ownerId,
      // <input type="date"> speaks the contract's calendar date (YYYY-MM-DD).
      ...(values.closeDate ? { expectedCloseOn: values.closeDate } : {}),
      ...(values.sourceId ? { sourceId: values.sourceId } : {}),
      ...(values.campaignId ? { campaignId: values.campaignId } : {}),
      ...customDraft.input(values.custom),
      ...(preset ? { kind: preset.kind } : {}),
    };
  };

  const form = useRecordForm({
    idPrefix: 'deal',
    initial: (): DealFormValues => ({
      title: '',
      value: '',
      currency: workspaceCurrency,
      stageId: '',
      company: preset ? { id: preset.company.id, name: preset.company.name } : null,
      contact: null,
      ownerId: me?.id ?? null,
      closeDate: '',
      sourceId: '',
      campaignId: '',
      custom: {},
    }),
    schema: dealCreateInputSchema,
    toInput,
    fieldOf,
    check: (values): FieldErrors => ({
      ...valueIssue(values),
      ...customDraft.errors(values.custom),
    }),
    recheckWhileEditing: false,
    save: async (values) => {
      let deal;
      try {
        deal = await client.call('deals.create', { ...toInput(values), ...createGate.checkedInput });
      } catch (failure) {
        // A later stage's earlier items: asked for under the stage box, then sent with the deal.
        if (createGate.caught(failure)) return;
        throw failure;
      }
      pushToast({ tone: 'success', message: t('deals.form.created', { title: deal.title }) });
      onDone();
    },
  });
  const { values, errors } = form;
  const campaigns = useCampaignChoices(values.sourceId || null, values.campaignId || null);
  const contactLookup = useContactLookup(values.company);

  const valueHint = t('deals.form.valueHint', { currency: values.currency });
  const pipelineName = pipeline ? displayName(pipeline, t, 'pipeline') : '';
  const stageError = errors.stageId ?? errors.pipelineId;
  const newHint = (choice: LookupValue | null) =>
    choice && choice.id === null ? t('deals.form.createdWithDeal') : undefined;
  return (
    <form ref={formRef} className="record-form new-deal-form" noValidate onSubmit={form.submit}>
      <div className="modal-body">
        <div className="form-grid">
          <div className="span-6">
            <Field
              id={form.idOf('title')}
              label={t('deal.fields.title')}
              error={errors.title}
              counter={<LengthCounter length={values.title.length} max={form.limitOf('title')} />}
            >
              <input
                name="title"
                className="input"
                // The form mounts before its dialog opens: the dialog focuses the marked box on open.
                data-autofocus=""
                autoComplete="off"
                placeholder={t('deals.form.titlePlaceholder')}
                maxLength={form.limitOf('title')}
                value={values.title}
                onChange={(event) => form.set('title', event.target.value)}
                {...form.control('title')}
              />
            </Field>
          </div>
          <div className="span-2">
            <Field
              id={form.idOf('value')}
              label={t('deal.fields.value')}
              optional
              hint={valueHint}
              error={errors.value}
            >
              <input
                name="value"
                className="input num"
                inputMode="decimal"
                autoComplete="off"
                placeholder={t('deals.form.valuePlaceholder')}
                value={values.value}
                onChange={(event) => form.set('value', event.target.value)}
                {...form.control('value', valueHint)}
              />
            </Field>
          </div>
          <div className="span-1">
            <Field id={form.idOf('currency')} label={t('deal.fields.currency')} error={errors.currency}>
              <Select
                name="currency"
                value={values.currency}
                onChange={(event) => form.set('currency', event.target.value)}
                {...form.control('currency')}
              >
                {currencyOptions(values.currency, language).map(({ code }) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className="span-3">
            <Field
              id="deal-stage"
              label={t('deal.fields.stage')}
              hint={pipelineName ? t('deals.form.stageHint', { pipeline: pipelineName }) : undefined}
              error={stageError}
            >
              <Select
                id="deal-stage"
                name="stageId"
                value={chosenStage(values.stageId)}
                disabled={!stages}
                onChange={(event) => form.set('stageId', event.target.value)}
                {...fieldAria('deal-stage', stageError, pipelineName)}
              >
                {stages ? null : <option value="">{t('common.loading')}</option>}
                {(stages ?? []).map((stage) => (
                  <option key={stage.id} value={stage.id}>
                    {displayName(stage, t, 'stage')} · {t(`funnel.step.${stage.funnelStep}`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className="span-3">
            <Field
              id={form.idOf('company')}
              label={t('deal.fields.company')}
              optional
              hint={newHint(values.company)}
              error={errors.company}
            >
              <LookupPicker
                icon="companies"
                placeholder={t('deals.form.companyPlaceholder')}
                lookup={companyLookup}
                createLabel={(name) => t('deals.form.createCompany', { name })}
                value={values.company}
                onChange={(company) => {
                  form.set('company', company);
                  // A contact of another company does not follow; one being created joins the new choice.
                  if (values.contact?.id) form.set('contact', null);
                }}
                {...form.control('company', newHint(values.company))}
              />
            </Field>
          </div>
          <div className="span-3">
            <Field
              id={form.idOf('contact')}
              label={t('deal.fields.contact')}
              optional
              hint={newHint(values.contact)}
              error={errors.contact}
            >
              <LookupPicker
                icon="contacts"
                placeholder={
                  values.company
                    ? t('deals.form.contactPlaceholderAt', { company: values.company.name })
                    : t('deals.form.contactPlaceholder')
                }
                lookup={contactLookup}
                createLabel={(name) => t('deals.form.createContact', { name })}
                value={values.contact}
                onChange={(contact) => form.set('contact', contact)}
                {...form.control('contact', newHint(values.contact))}
              />
            </Field>
          </div>
          <div className="span-3">
            <Field id={form.idOf('ownerId')} label={t('deal.fields.owner')} error={errors.ownerId}>
              <OwnerPicker
                name="ownerId"
                value={values.ownerId}
                onChange={(ownerId) => form.set('ownerId', ownerId)}
                {...form.control('ownerId')}
              />
            </Field>
          </div>
          <div className="span-3">
            <Field id={form.idOf('closeDate')} label={t('deal.fields.expectedCloseOn')} error={errors.closeDate}>
              <input
                name="closeDate"
                type="date"
                className="input"
                value={values.closeDate}
                onChange={(event) => form.set('closeDate', event.target.value)}
                {...form.control('closeDate')}
              />
            </Field>
          </div>
          {/* A row of their own: a campaign's name ("Без кампании", a long one) needs the width. */}
          <div className="span-3">
            <Field id={form.idOf('sourceId')} label={t('deal.fields.source')} error={errors.sourceId}>
              <Select
                name="sourceId"
                value={values.sourceId}
                onChange={(event) => {
                  const sourceId = event.target.value;
                  const campaign = campaigns.byId.get(values.campaignId);
                  form.set('sourceId', sourceId);
                  // A campaign of another source goes with the old source.
                  if (campaign && !campaignFitsSource(campaign.sourceId, sourceId || null)) form.set('campaignId', '');
                }}
                {...form.control('sourceId')}
              >
                <option value="">{t('common.none')}</option>
                {sources.map((source) => (
                  <option key={source.id} value={source.id}>
                    {displayName(source, t, 'leadSource')}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className="span-3">
            <Field id={form.idOf('campaignId')} label={t('campaigns.picker.label')} error={errors.campaignId}>
              <Select
                name="campaignId"
                value={values.campaignId}
                onChange={(event) => {
                  const campaignId = event.target.value;
                  form.set('campaignId', campaignId);
                  // Picking a campaign says where the deal came from: its source comes with it.
                  const sourceId = campaigns.byId.get(campaignId)?.sourceId;
                  if (sourceId) form.set('sourceId', sourceId);
                }}
                {...form.control('campaignId')}
              >
                <CampaignOptions campaigns={campaigns.offered} sources={sources} />
              </Select>
            </Field>
          </div>
        </div>
        <CustomFieldsFormSection
          idPrefix="deal"
          fields={customDraft.fields}
          values={values.custom}
          errors={errors}
          onChange={(fieldId, value) => form.set('custom', { ...values.custom, [fieldId]: value })}
        />
        {createGate.gate && createGate.gate.targetStageId === chosenStage(values.stageId) ? (
          <GatePanel
            action="create"
            targetName={stageName(createGate.gate.targetStageId)}
            missing={createGate.gate.missing}
            missingFields={createGate.gate.missingFields}
            ticked={createGate.ticked}
            stageName={stageName}
            onTick={createGate.tick}
            onRetry={() => formRef.current?.requestSubmit()}
            onClose={createGate.close}
          />
        ) : null}
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onDone}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={form.submitting || !pipeline}>
          {t('deals.form.submit')}
        </button>
      </footer>
    </form>
  );
};
