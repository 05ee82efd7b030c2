import { displayName } from '@shared/i18n/displayName';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../platform/useLanguage';
import { FormCell } from '../../../ui/form/FormCell';
import { FormInput } from '../../../ui/form/FormInput';
import { FormSelect } from '../../../ui/form/FormSelect';
import { LengthCounter } from '../../../ui/form/LengthCounter';
import { GatePanel } from '../../board/components/GatePanel';
import { CampaignOptions } from '../../campaigns/components/CampaignOptions';
import { CustomFieldsFormSection } from '../../customFields/components/CustomFieldsFormSection';
import { currencyOptions } from '../../settings/utils/currencyOptions';
import { OwnerPicker } from '../../users/components/OwnerPicker';
import { useNewDealForm } from '../hooks/useNewDealForm';
import type { NewDealFormProps } from '../types/NewDealFormProps';
import { DealLookupField } from './DealLookupField';
import { DealStageField } from './DealStageField';
import '../../../ui/form/FormGrid.css';

/**
 * "New deal" in the default pipeline or the board's: title, value, stage, company and contact
 * (existing, or created with the deal in one write), owner (you by default), close date and
 * source. Checked with the contract's schema on submit (see useRecordForm).
 */
export const NewDealForm = (props: NewDealFormProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const deal = useNewDealForm(props);
  const { form, pipeline, createGate, chosenStage, stageName } = deal;
  const { values, errors } = form;
  const formRef = useRef<HTMLFormElement>(null);

  const valueHint = t('deals.form.valueHint', { currency: values.currency });
  const pipelineName = pipeline ? displayName(pipeline, t, 'pipeline') : '';
  return (
    <form ref={formRef} className="record-form new-deal-form" noValidate onSubmit={form.submit}>
      <div className="modal-body">
        <div className="form-grid">
          <FormCell
            form={form}
            field="title"
            label={t('deal.fields.title')}
            span={6}
            counter={<LengthCounter length={values.title.length} max={form.limitOf('title')} />}
          >
            <FormInput
              form={form}
              field="title"
              className="input"
              // The form mounts before its dialog opens: the dialog focuses the marked box on open.
              data-autofocus=""
              autoComplete="off"
              placeholder={t('deals.form.titlePlaceholder')}
              maxLength={form.limitOf('title')}
            />
          </FormCell>
          <FormCell form={form} field="value" label={t('deal.fields.value')} span={2} optional hint={valueHint}>
            <FormInput
              form={form}
              field="value"
              hint={valueHint}
              className="input num"
              inputMode="decimal"
              autoComplete="off"
              placeholder={t('deals.form.valuePlaceholder')}
            />
          </FormCell>
          <FormCell form={form} field="currency" label={t('deal.fields.currency')} span={1}>
            <FormSelect form={form} field="currency">
              {currencyOptions(values.currency, language).map(({ code }) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </FormSelect>
          </FormCell>
          <DealStageField
            stageId={chosenStage(values.stageId)}
            stages={deal.stages}
            pipelineName={pipelineName}
            error={errors.stageId ?? errors.pipelineId}
            onChange={(stageId) => form.set('stageId', stageId)}
          />
          <DealLookupField
            form={form}
            field="company"
            label={t('deal.fields.company')}
            icon="companies"
            placeholder={t('deals.form.companyPlaceholder')}
            lookup={deal.companyLookup}
            createLabel={(name) => t('deals.form.createCompany', { name })}
            onChange={deal.pickCompany}
          />
          <DealLookupField
            form={form}
            field="contact"
            label={t('deal.fields.contact')}
            icon="contacts"
            placeholder={
              values.company
                ? t('deals.form.contactPlaceholderAt', { company: values.company.name })
                : t('deals.form.contactPlaceholder')
            }
            lookup={deal.contactLookup}
            createLabel={(name) => t('deals.form.createContact', { name })}
            onChange={(contact) => form.set('contact', contact)}
          />
          <FormCell form={form} field="ownerId" label={t('deal.fields.owner')} span={3}>
            <OwnerPicker
              name="ownerId"
              value={values.ownerId}
              onChange={(ownerId) => form.set('ownerId', ownerId)}
              {...form.control('ownerId')}
            />
          </FormCell>
          <FormCell form={form} field="closeDate" label={t('deal.fields.expectedCloseOn')} span={3}>
            <FormInput form={form} field="closeDate" type="date" className="input" />
          </FormCell>
          {/* A row of their own: a campaign's name ("Без кампании", a long one) needs the width. */}
          <FormCell form={form} field="sourceId" label={t('deal.fields.source')} span={3}>
            <FormSelect form={form} field="sourceId" onChange={deal.pickSource}>
              <option value="">{t('common.none')}</option>
              {deal.sources.map((source) => (
                <option key={source.id} value={source.id}>
                  {displayName(source, t, 'leadSource')}
                </option>
              ))}
            </FormSelect>
          </FormCell>
          <FormCell form={form} field="campaignId" label={t('campaigns.picker.label')} span={3}>
            <FormSelect form={form} field="campaignId" onChange={deal.pickCampaign}>
              <CampaignOptions campaigns={deal.campaigns.offered} sources={deal.sources} />
            </FormSelect>
          </FormCell>
        </div>
        <CustomFieldsFormSection
          idPrefix="deal"
          fields={deal.customDraft.fields}
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
        <button type="button" className="button" onClick={props.onDone}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={form.submitting || !pipeline}>
          {t('deals.form.submit')}
        </button>
      </footer>
    </form>
  );
};
