import { RpcFailure } from '@shared/contract/createClient';
import { dealCreateInputSchema } from '@shared/contract/schemas/deals';
import { displayName } from '@shared/i18n/displayName';
import { currencyFractionDigits } from '@shared/i18n/formatMoney';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLanguage } from '../../../platform/useLanguage';
import { Field, fieldAria } from '../../../ui/form/Field';
import { type FieldErrors, fieldErrorsFromIssues } from '../../../ui/form/fieldErrors';
import { parseMoneyInput } from '../../../ui/form/parseMoneyInput';
import { Select } from '../../../ui/form/Select';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { currencyOptions } from '../../settings/utils/currencyOptions';
import { useDefaultPipeline } from '../../workspace/hooks/useDefaultPipeline';
import { useWorkspaceStore } from '../../workspace/stores/workspaceStore';
import { useStages } from '../../workspace/hooks/useStages';

/** Contract paths → the form's fields. */
const fieldOf = (path: string) => (path === 'valueMinor' ? 'value' : path);

export const NewDealForm = ({ onDone, pipelineId }: { onDone(): void; pipelineId?: string | undefined }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useClient();
  const reportError = useReportError();
  const pushToast = useToastStore((state) => state.push);
  const workspaceCurrency = useSettingsStore((state) => state.settings?.['workspace.currency'] ?? 'RUB');
  const defaultPipeline = useDefaultPipeline();
  const pipelines = useWorkspaceStore((state) => state.pipelines);
  const pipeline = pipelineId ? (pipelines?.find((candidate) => candidate.id === pipelineId) ?? null) : defaultPipeline;
  const stages = useStages(pipeline?.id);

  const [title, setTitle] = useState('');
  const [value, setValue] = useState('');
  const [currency, setCurrency] = useState(workspaceCurrency);
  const [stageId, setStageId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const chosenStageId = stageId || stages?.[0]?.id || '';

  useEffect(() => {
    // Take the user straight to the first field that needs fixing.
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const validate = () => {
    const valueMinor = parseMoneyInput(value, currencyFractionDigits(currency));
    const input = {
      title,
      valueMinor: valueMinor ?? 0,
      currency,
      pipelineId: pipeline?.id ?? '',
      ...(chosenStageId ? { stageId: chosenStageId } : {}),
    };
    const parsed = dealCreateInputSchema.safeParse(input);
    const found: FieldErrors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues, t, fieldOf);
    if (valueMinor === null) found.value = t('issues.money');
    return { input, found };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, found } = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      const deal = await client.call('deals.create', input);
      pushToast({ tone: 'success', message: t('deals.form.created', { title: deal.title }) });
      onDone();
    } catch (error) {
      const fieldErrors =
        error instanceof RpcFailure && error.error.code === 'BAD_INPUT' ? serverFieldErrors(error) : {};
      if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
      else reportError(error);
    } finally {
      setSubmitting(false);
    }
  };

  const serverFieldErrors = (failure: RpcFailure): FieldErrors => {
    const { issues, params } = failure.error;
    const fromIssues = fieldErrorsFromIssues(issues ?? [], t, fieldOf);
    const field = typeof params?.field === 'string' ? fieldOf(params.field) : null;
    return field ? { ...fromIssues, [field]: t('errors.BAD_INPUT') } : fromIssues;
  };

  const pipelineName = pipeline ? displayName(pipeline, t, 'pipeline') : '';
  return (
    <form ref={formRef} className="new-deal-form" noValidate onSubmit={submit}>
      <div className="modal-body">
        <Field id="deal-title" label={t('deal.fields.title')} error={errors.title}>
          <input
            id="deal-title"
            name="title"
            className="input"
            autoFocus
            autoComplete="off"
            placeholder={t('deals.form.titlePlaceholder')}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            {...fieldAria('deal-title', errors.title)}
          />
        </Field>
        <div className="form-row">
          <Field
            id="deal-value"
            label={t('deal.fields.value')}
            optional
            hint={t('deals.form.valueHint', { currency })}
            error={errors.value}
          >
            <input
              id="deal-value"
              name="value"
              className="input num"
              inputMode="decimal"
              autoComplete="off"
              placeholder={t('deals.form.valuePlaceholder')}
              value={value}
              onChange={(event) => setValue(event.target.value)}
              {...fieldAria('deal-value', errors.value, t('deals.form.valueHint', { currency }))}
            />
          </Field>
          <Field id="deal-currency" label={t('deal.fields.currency')} error={errors.currency}>
            <Select
              id="deal-currency"
              name="currency"
              value={currency}
              onChange={(event) => setCurrency(event.target.value)}
              {...fieldAria('deal-currency', errors.currency)}
            >
              {currencyOptions(currency, language).map(({ code }) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field
          id="deal-stage"
          label={t('deal.fields.stage')}
          hint={pipelineName ? t('deals.form.stageHint', { pipeline: pipelineName }) : undefined}
          error={errors.stageId ?? errors.pipelineId}
        >
          <Select
            id="deal-stage"
            name="stageId"
            value={chosenStageId}
            disabled={!stages}
            onChange={(event) => setStageId(event.target.value)}
            {...fieldAria('deal-stage', errors.stageId ?? errors.pipelineId, pipelineName)}
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
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onDone}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={submitting || !pipeline}>
          {t('deals.form.submit')}
        </button>
      </footer>
    </form>
  );
};
