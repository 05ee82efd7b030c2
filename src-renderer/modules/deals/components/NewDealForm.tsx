import { dealCreateInputSchema } from '@shared/contract/schemas/deals';
import { displayName } from '@shared/i18n/displayName';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLanguage } from '../../../platform/useLanguage';
import { Field, fieldAria } from '../../../ui/form/Field';
import type { FieldErrors } from '../../../ui/form/fieldErrors';
import { parseMoneyInput } from '../../../ui/form/parseMoneyInput';
import { Select } from '../../../ui/form/Select';
import { useRecordForm } from '../../../ui/form/useRecordForm';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { currencyOptions } from '../../settings/utils/currencyOptions';
import { useDefaultPipeline } from '../../workspace/hooks/useDefaultPipeline';
import { useWorkspaceStore } from '../../workspace/stores/workspaceStore';
import { useStages } from '../../workspace/hooks/useStages';
import { GatePanel } from '../../board/components/GatePanel';
import { useCreateGate } from '../hooks/useCreateGate';

/** The sum as typed; `stageId` is blank until the user picks one (then the first stage). */
type DealFormValues = { title: string; value: string; currency: string; stageId: string };

/** Contract paths → the form's fields. */
const fieldOf = (path: string) => (path === 'valueMinor' ? 'value' : path);

const parseValue = ({ value, currency }: DealFormValues) => parseMoneyInput(value, currencyExponent(currency));

/**
 * "New deal" in the default pipeline or the board's: checked with the contract's schema on submit
 * (see useRecordForm), errors staying until the next submit, the sum read as money is written.
 */
export const NewDealForm = ({ onDone, pipelineId }: { onDone(): void; pipelineId?: string | undefined }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const client = useClient();
  const pushToast = useToastStore((state) => state.push);
  const workspaceCurrency = useSettingsStore((state) => state.settings?.['workspace.currency'] ?? 'RUB');
  const defaultPipeline = useDefaultPipeline();
  const pipelines = useWorkspaceStore((state) => state.pipelines);
  const pipeline = pipelineId ? (pipelines?.find((candidate) => candidate.id === pipelineId) ?? null) : defaultPipeline;
  const stages = useStages(pipeline?.id);
  const chosenStage = (stageId: string) => stageId || stages?.[0]?.id || '';
  const createGate = useCreateGate();
  const formRef = useRef<HTMLFormElement>(null);
  const stageName = (stageId: string) => {
    const stage = stages?.find((candidate) => candidate.id === stageId);
    return stage ? displayName(stage, t, 'stage') : '';
  };

  const toInput = (values: DealFormValues) => {
    const stageId = chosenStage(values.stageId);
    return {
      title: values.title,
      valueMinor: parseValue(values) ?? 0,
      currency: values.currency,
      pipelineId: pipeline?.id ?? '',
      ...(stageId ? { stageId } : {}),
    };
  };

  const form = useRecordForm({
    idPrefix: 'deal',
    initial: (): DealFormValues => ({ title: '', value: '', currency: workspaceCurrency, stageId: '' }),
    schema: dealCreateInputSchema,
    toInput,
    fieldOf,
    check: (values): FieldErrors => (parseValue(values) === null ? { value: t('issues.money') } : {}),
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

  const valueHint = t('deals.form.valueHint', { currency: values.currency });
  const pipelineName = pipeline ? displayName(pipeline, t, 'pipeline') : '';
  const stageError = errors.stageId ?? errors.pipelineId;
  return (
    <form ref={formRef} className="new-deal-form" noValidate onSubmit={form.submit}>
      <div className="modal-body">
        <Field id={form.idOf('title')} label={t('deal.fields.title')} error={errors.title}>
          <input
            name="title"
            className="input"
            // The form mounts before its dialog opens: the dialog focuses the marked box on open.
            data-autofocus=""
            autoComplete="off"
            placeholder={t('deals.form.titlePlaceholder')}
            value={values.title}
            onChange={(event) => form.set('title', event.target.value)}
            {...form.control('title')}
          />
        </Field>
        <div className="form-row">
          <Field id={form.idOf('value')} label={t('deal.fields.value')} optional hint={valueHint} error={errors.value}>
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
        {createGate.gate && createGate.gate.targetStageId === chosenStage(values.stageId) ? (
          <GatePanel
            action="create"
            targetName={stageName(createGate.gate.targetStageId)}
            missing={createGate.gate.missing}
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
