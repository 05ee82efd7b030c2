import type { Campaign } from '@shared/contract/schemas/campaigns';
import type { LeadSource } from '@shared/contract/schemas/reference';
import { displayName } from '@shared/i18n/displayName';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { Field } from '../../../ui/form/Field';
import type { FieldErrors } from '../../../ui/form/fieldErrors';
import { useFormSave } from '../../../ui/form/useFormSave';
import { Modal } from '../../../ui/Modal/Modal';
import { useUnsavedChanges } from '../../../ui/discard/useUnsavedChanges';
import { useToastStore } from '../../../ui/toasts/toastStore';
import '../../../ui/form/FormGrid.css';

type Values = { name: string; sourceId: string; channel: string; startsOn: string; endsOn: string };

const valuesOf = (campaign?: Campaign): Values => ({
  name: campaign?.name ?? '',
  sourceId: campaign?.sourceId ?? '',
  channel: campaign?.channel ?? '',
  startsOn: campaign?.startsOn ?? '',
  endsOn: campaign?.endsOn ?? '',
});

const CampaignForm = ({
  campaign,
  sources,
  onDone,
}: {
  campaign?: Campaign | undefined;
  sources: readonly LeadSource[];
  onDone(): void;
}) => {
  const { t } = useTranslation();
  const client = useClient();
  const push = useToastStore((state) => state.push);
  const initial = valuesOf(campaign);
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, save } = useFormSave(setErrors);
  useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(initial));
  // Active sources, plus the campaign's own even when archived since.
  const choices = sources.filter((source) => source.archivedAt === null || source.id === campaign?.sourceId);

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
    if (!values.name.trim()) found.name = t('issueReasons.name_required');
    if (!values.sourceId) found.sourceId = t('campaigns.form.chooseSource');
    if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) {
      found.endsOn = t('issueReasons.ends_before_start');
    }
    if (Object.keys(found).length > 0) return setErrors(found);
    const fields = {
      name: values.name,
      sourceId: values.sourceId,
      channel: values.channel.trim() || null,
      startsOn: values.startsOn || null,
      endsOn: values.endsOn || null,
    };
    await save(async () => {
      if (campaign) {
        await client.call('campaigns.update', { id: campaign.id, patch: fields });
        push({ tone: 'success', message: t('campaigns.form.saved') });
      } else {
        const created = await client.call('campaigns.create', fields);
        push({ tone: 'success', message: t('campaigns.form.created', { name: created.name }) });
      }
      onDone();
    });
  };

  const input = (
    key: keyof Values,
    label: string,
    props: { type?: string; optional?: boolean; hint?: string } = {},
  ) => (
    <Field
      id={`campaign-${key}`}
      label={label}
      error={errors[key]}
      optional={props.optional ?? false}
      hint={props.hint}
    >
      <input
        id={`campaign-${key}`}
        className="input"
        type={props.type ?? 'text'}
        value={values[key]}
        data-autofocus={key === 'name' ? '' : undefined}
        aria-invalid={errors[key] ? 'true' : undefined}
        onChange={set(key)}
      />
    </Field>
  );

  return (
    <form className="record-form" noValidate onSubmit={(event) => void submit(event)} data-testid="campaign-form">
      <div className="modal-body campaign-form-grid">
        <div className="span-2">{input('name', t('campaigns.form.name'))}</div>
        <Field id="campaign-sourceId" label={t('campaigns.form.source')} error={errors.sourceId}>
          <select
            id="campaign-sourceId"
            className="input"
            value={values.sourceId}
            aria-invalid={errors.sourceId ? 'true' : undefined}
            onChange={set('sourceId')}
          >
            <option value="">{t('campaigns.form.chooseSource')}</option>
            {choices.map((source) => (
              <option key={source.id} value={source.id}>
                {displayName(source, t, 'leadSource')}
              </option>
            ))}
          </select>
        </Field>
        {input('channel', t('campaigns.form.channel'), { optional: true, hint: t('campaigns.form.channelHint') })}
        {input('startsOn', t('campaigns.form.startsOn'), { type: 'date', optional: true })}
        {input('endsOn', t('campaigns.form.endsOn'), { type: 'date', optional: true })}
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onDone}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {campaign ? t('common.actions.save') : t('campaigns.form.create')}
        </button>
      </footer>
    </form>
  );
};

/** Create a campaign, or edit one: name, source, channel and its days. */
export const CampaignDialog = ({
  open,
  campaign,
  sources,
  onClose,
}: {
  open: boolean;
  campaign?: Campaign | undefined;
  sources: readonly LeadSource[];
  onClose(): void;
}) => {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={campaign ? t('campaigns.form.editTitle') : t('campaigns.form.createTitle')}
      onClose={onClose}
    >
      <CampaignForm campaign={campaign} sources={sources} onDone={onClose} />
    </Modal>
  );
};
