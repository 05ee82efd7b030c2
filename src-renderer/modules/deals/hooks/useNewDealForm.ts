import { campaignFitsSource } from '@shared/domain/campaignFitsSource';
import { dealCreateInputSchema } from '@shared/contract/schemas/deals';
import { displayName } from '@shared/i18n/displayName';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { formatMoney } from '@shared/i18n/formatMoney';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useLanguage } from '../../../platform/useLanguage';
import type { FieldErrors } from '../../../ui/form/fieldErrors';
import type { LookupValue } from '../../../ui/form/LookupPicker';
import { moneyIssue } from '../../../ui/form/moneyIssue';
import { parseMoneyInput } from '../../../ui/form/parseMoneyInput';
import { useRecordForm } from '../../../ui/form/useRecordForm';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useCampaignChoices } from '../../campaigns/hooks/useCampaignChoices';
import { useCompanyLookup } from '../../companies/hooks/useCompanyLookup';
import { useCustomDraft } from '../../customFields/hooks/useCustomDraft';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { useCurrentUser } from '../../users/hooks/useCurrentUser';
import { useDefaultPipeline } from '../../workspace/hooks/useDefaultPipeline';
import { useStages } from '../../workspace/hooks/useStages';
import { useWorkspaceStore } from '../../workspace/stores/workspaceStore';
import type { DealFormValues } from '../types/DealFormValues';
import type { NewDealFormProps } from '../types/NewDealFormProps';
import { dealFieldOf } from '../utils/dealFieldOf';
import { linkRecord } from '../utils/linkRecord';
import { useContactLookup } from './useContactLookup';
import { useCreateGate } from './useCreateGate';

const parseValue = ({ value, currency }: DealFormValues) => parseMoneyInput(value, currencyExponent(currency));

/**
 * The state of "New deal" in the default pipeline or the given one: the form (checked with the
 * contract's schema on submit, see useRecordForm), what its pickers offer, and the create gate of
 * a later stage. The deal is created, with a new company or contact if typed, in one write.
 */
export const useNewDealForm = ({ onDone, pipelineId, preset }: NewDealFormProps) => {
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
      ...linkRecord(values.company, 'companyId', 'newCompany'),
      ...linkRecord(values.contact, 'contactId', 'newContact'),
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
    fieldOf: dealFieldOf,
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
  const { values } = form;
  const campaigns = useCampaignChoices(values.sourceId || null, values.campaignId || null);
  const contactLookup = useContactLookup(values.company);

  return {
    form,
    pipeline,
    stages,
    sources,
    campaigns,
    companyLookup,
    contactLookup,
    createGate,
    customDraft,
    chosenStage,
    stageName,
    pickCompany(company: LookupValue | null) {
      form.set('company', company);
      // A contact of another company does not follow; one being created joins the new choice.
      if (values.contact?.id) form.set('contact', null);
    },
    pickSource(sourceId: string) {
      const campaign = campaigns.byId.get(values.campaignId);
      form.set('sourceId', sourceId);
      // A campaign of another source goes with the old source.
      if (campaign && !campaignFitsSource(campaign.sourceId, sourceId || null)) form.set('campaignId', '');
    },
    pickCampaign(campaignId: string) {
      form.set('campaignId', campaignId);
      // Picking a campaign says where the deal came from: its source comes with it.
      const sourceId = campaigns.byId.get(campaignId)?.sourceId;
      if (sourceId) form.set('sourceId', sourceId);
    },
  };
};
