import { type Company, type CompanySaved, COMPANY_SIZES, companyFormSchema } from '@shared/contract/schemas/companies';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { formatMoney } from '@shared/i18n/formatMoney';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomFieldsFormSection } from '../../customFields/components/CustomFieldsFormSection';
import { type CustomDraft, useCustomDraft } from '../../customFields/hooks/useCustomDraft';
import { recordHash } from '../../../app/useHashRecordId';
import { useClient } from '../../../platform/ClientContext';
import { useLanguage } from '../../../platform/useLanguage';
import { FormChoiceField } from '../../../ui/form/FormChoiceField';
import { FormTextArea } from '../../../ui/form/FormTextArea';
import { FormTextField, type FormTextFieldProps } from '../../../ui/form/FormTextField';
import { RecordForm } from '../../../ui/form/RecordForm';
import type { TextFieldOf } from '../../../ui/form/TextFieldOf';
import { useRecordForm } from '../../../ui/form/useRecordForm';
import type { FieldErrors } from '../../../ui/form/fieldErrors';
import { moneyIssue } from '../../../ui/form/moneyIssue';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { OwnerField } from '../../users/components/OwnerField';
import { useCurrentUser } from '../../users/hooks/useCurrentUser';
import { useCompanyDuplicates } from '../hooks/useCompanyDuplicates';
import { useCompanyFacets } from '../hooks/useCompanyFacets';
import {
  changedCompanyFields,
  type CompanyFormValues,
  companyFormInput,
  companyToFormValues,
  emptyCompanyForm,
} from '../utils/companyFormValues';
import { companyDuplicateText } from '../utils/duplicateText';

type TextOptions = Omit<FormTextFieldProps<CompanyFormValues>, 'form' | 'field' | 'label'>;

export type CompanyFormProps = {
  /** The company to edit; without it the form creates one. */
  company?: Company | undefined;
  onDone(saved: Company | null): void;
};

/**
 * Create or edit a company, validated as a record form is (see useRecordForm), with suggestions
 * from the values in use, and a warning — never a block — about companies that look like the
 * same firm.
 */
export const CompanyForm = ({ company, onDone }: CompanyFormProps) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const currency = useSettingsStore((state) => state.settings?.['workspace.currency'] ?? 'RUB');
  const client = useClient();
  const pushToast = useToastStore((state) => state.push);
  const { user } = useCurrentUser();
  const facets = useCompanyFacets();

  const finish = (saved: CompanySaved, created: boolean) => {
    const [first] = saved.duplicates;
    if (first) {
      pushToast({
        tone: 'warning',
        message: t('companies.duplicates.savedWarning'),
        detail: saved.duplicates.map((duplicate) => companyDuplicateText(duplicate, t)).join('; '),
        action: {
          label: t('companies.duplicates.open'),
          run: () => {
            window.location.hash = recordHash('companies', first.id);
          },
        },
      });
    } else {
      pushToast({
        tone: 'success',
        message: created ? t('companies.form.created', { name: saved.company.name }) : t('companies.form.saved'),
      });
    }
    onDone(saved.company);
  };

  const money = { currency, language };
  // A new company's custom fields, sent in its create (an existing one's are edited on its page).
  const customDraft = useCustomDraft('company');
  const [custom, setCustom] = useState<CustomDraft>({});
  const form = useRecordForm({
    idPrefix: 'company',
    initial: () => (company ? companyToFormValues(company, money) : emptyCompanyForm(user?.id ?? null)),
    schema: companyFormSchema,
    toInput: (values) => companyFormInput(values, money),
    fieldOf: (path) => (path === 'annualRevenueMinor' ? 'annualRevenue' : path),
    check: ({ annualRevenue }): FieldErrors => {
      const issue = annualRevenue.trim()
        ? moneyIssue(annualRevenue, currencyExponent(currency), t, (minor) => formatMoney(minor, currency, language))
        : null;
      return { ...(issue ? { annualRevenue: issue } : {}), ...(company ? {} : customDraft.errors(custom)) };
    },
    save: async (values, original) => {
      if (!company) {
        const input = { ...companyFormInput(values, money), ...customDraft.input(custom) };
        return finish(await client.call('companies.create', input), true);
      }
      const patch = changedCompanyFields(values, original, money);
      if (Object.keys(patch).length === 0) return onDone(company);
      finish(await client.call('companies.update', { id: company.id, patch }), false);
    },
  });
  const duplicates = useCompanyDuplicates(form.values, company?.id);

  const text = (field: TextFieldOf<CompanyFormValues>, options: TextOptions) => (
    <FormTextField form={form} field={field} label={t(`companies.fields.${field}`)} {...options} />
  );

  const suggestions = (id: string, facet: readonly { value: string }[] | undefined) => (
    <datalist id={id}>
      {(facet ?? []).map((option) => (
        <option key={option.value} value={option.value} />
      ))}
    </datalist>
  );

  return (
    <RecordForm
      form={form}
      className="company-form"
      submitLabel={company ? t('companies.form.submitSave') : t('companies.form.submitCreate')}
      onCancel={() => onDone(null)}
      duplicates={{
        title: t('companies.duplicates.title'),
        openLabel: t('companies.duplicates.open'),
        items: duplicates.map((duplicate) => ({
          id: duplicate.id,
          text: companyDuplicateText(duplicate, t),
          href: recordHash('companies', duplicate.id),
        })),
      }}
      extra={
        <>
          {suggestions('company-industry-options', facets?.industries)}
          {suggestions('company-region-options', facets?.regions)}
          {suggestions('company-segment-options', facets?.segments)}
          {company ? null : (
            <CustomFieldsFormSection
              idPrefix="company"
              fields={customDraft.fields}
              values={custom}
              errors={form.errors}
              onChange={(fieldId, value) => setCustom((draft) => ({ ...draft, [fieldId]: value }))}
            />
          )}
        </>
      }
    >
      {text('name', { span: 4, placeholder: t('companies.form.namePlaceholder'), autoFocus: true })}
      <OwnerField form={form} label={t('companies.fields.owner')} span={2} />
      <h3 className="form-section-title">{t('companies.form.sectionIds')}</h3>
      {text('inn', { span: 2, optional: true, mono: true, inputMode: 'numeric', hint: t('companies.form.innHint') })}
      {text('kpp', { span: 2, optional: true, mono: true, hint: t('companies.form.kppHint') })}
      {text('ogrn', { span: 2, optional: true, mono: true, inputMode: 'numeric', hint: t('companies.form.ogrnHint') })}
      <h3 className="form-section-title">{t('companies.form.sectionProfile')}</h3>
      {text('industry', { span: 3, optional: true, list: 'company-industry-options' })}
      <FormChoiceField
        form={form}
        field="size"
        label={t('companies.fields.size')}
        span={3}
        optional
        blank={t('companies.form.noSize')}
        choices={COMPANY_SIZES}
        choiceLabel={(size) => t(`companies.sizes.${size}`)}
      />
      {text('region', { span: 3, optional: true, list: 'company-region-options' })}
      {text('segment', { span: 3, optional: true, list: 'company-segment-options' })}
      {text('annualRevenue', { span: 3, optional: true, inputMode: 'numeric', placeholder: currency })}
      <h3 className="form-section-title">{t('companies.form.sectionContacts')}</h3>
      {text('website', {
        span: 2,
        optional: true,
        inputMode: 'url',
        placeholder: t('companies.form.websitePlaceholder'),
      })}
      {text('phone', { span: 2, optional: true, inputMode: 'tel', placeholder: t('companies.form.phonePlaceholder') })}
      {text('email', {
        span: 2,
        optional: true,
        inputMode: 'email',
        placeholder: t('companies.form.emailPlaceholder'),
      })}
      <FormTextArea form={form} field="notes" label={t('companies.fields.notes')} span={6} optional />
    </RecordForm>
  );
};
