import { type Company, type CompanySaved, COMPANY_SIZES, companyFormSchema } from '@shared/contract/schemas/companies';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { DuplicatesNotice } from '../../../ui/form/DuplicatesNotice';
import { Field, fieldAria } from '../../../ui/form/Field';
import { type FieldErrors, fieldErrorsFromIssues } from '../../../ui/form/fieldErrors';
import { Select } from '../../../ui/form/Select';
import { serverFieldErrors } from '../../../ui/form/serverFieldErrors';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { recordHash } from '../../../app/useHashRecordId';
import { OwnerPicker } from '../../users/components/OwnerPicker';
import { useCurrentUser } from '../../users/hooks/useCurrentUser';
import { useCompanyDuplicates } from '../hooks/useCompanyDuplicates';
import { useCompanyFacets } from '../hooks/useCompanyFacets';
import {
  changedCompanyFields,
  type CompanyFormField,
  type CompanyFormValues,
  companyFormInput,
  companyToFormValues,
  emptyCompanyForm,
} from '../utils/companyFormValues';
import { companyDuplicateText } from '../utils/duplicateText';
import '../../../ui/form/FormGrid.css';

type TextField = Exclude<CompanyFormField, 'size' | 'ownerId' | 'notes'>;

type FieldOptions = { optional?: boolean; hint?: string };

type TextOptions = FieldOptions & {
  span: 2 | 3 | 4 | 6;
  placeholder?: string;
  inputMode?: 'numeric' | 'tel' | 'email' | 'url';
  list?: string;
  mono?: boolean;
  autoFocus?: boolean;
};

export type CompanyFormProps = {
  /** The company to edit; without it the form creates one. */
  company?: Company | undefined;
  onDone(saved: Company | null): void;
};

/**
 * Create or edit a company. Validates with the contract's own schema as the user leaves each box
 * and on save (messages by issue code and reason), shows the server's field issues on the fields,
 * and warns — without blocking — about companies that look like the same firm.
 */
export const CompanyForm = ({ company, onDone }: CompanyFormProps) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const pushToast = useToastStore((state) => state.push);
  const { user } = useCurrentUser();
  const facets = useCompanyFacets();
  const [original] = useState(() => (company ? companyToFormValues(company) : emptyCompanyForm(user?.id ?? null)));
  const [values, setValues] = useState<CompanyFormValues>(original);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const duplicates = useCompanyDuplicates(values, company?.id);

  // After a refused save, take the user to the first box that needs fixing (not after a blur:
  // that would pull focus back from the box they moved on to).
  const focusInvalid = useRef(false);
  useEffect(() => {
    if (!focusInvalid.current) return;
    focusInvalid.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const validate = (next: CompanyFormValues): FieldErrors => {
    const parsed = companyFormSchema.safeParse(companyFormInput(next));
    return parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues, t);
  };

  /** Re-checks one box (on leaving it, or while an error is shown on it). */
  const recheck = (field: CompanyFormField, next: CompanyFormValues) => {
    const message = validate(next)[field];
    setErrors((current) => {
      if (current[field] === message) return current;
      const updated = { ...current };
      if (message) updated[field] = message;
      else delete updated[field];
      return updated;
    });
  };

  const set = <F extends CompanyFormField>(field: F, value: CompanyFormValues[F]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (errors[field]) recheck(field, next);
  };

  const announce = (saved: CompanySaved, created: boolean) => {
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
      return;
    }
    pushToast({
      tone: 'success',
      message: created ? t('companies.form.created', { name: saved.company.name }) : t('companies.form.saved'),
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    focusInvalid.current = true;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      if (company) {
        const patch = changedCompanyFields(values, original);
        if (Object.keys(patch).length === 0) return onDone(company);
        const saved = await client.call('companies.update', { id: company.id, patch });
        announce(saved, false);
        onDone(saved.company);
      } else {
        const saved = await client.call('companies.create', companyFormInput(values));
        announce(saved, true);
        onDone(saved.company);
      }
    } catch (error) {
      const fieldErrors = serverFieldErrors(error, t);
      focusInvalid.current = true;
      if (fieldErrors) setErrors(fieldErrors);
      else reportError(error);
    } finally {
      setSubmitting(false);
    }
  };

  const field = (id: CompanyFormField, label: string, control: ReactNode, span: number, options: FieldOptions = {}) => (
    <div className={`span-${span}`}>
      <Field
        id={`company-${id}`}
        label={label}
        error={errors[id]}
        hint={options.hint}
        optional={options.optional ?? false}
      >
        {control}
      </Field>
    </div>
  );

  const text = (id: TextField, options: TextOptions) => {
    const controlId = `company-${id}`;
    return field(
      id,
      t(`companies.fields.${id}`),
      <input
        id={controlId}
        name={id}
        className={options.mono ? 'input num' : 'input'}
        autoComplete="off"
        autoFocus={options.autoFocus}
        data-autofocus={options.autoFocus ? '' : undefined}
        inputMode={options.inputMode}
        list={options.list}
        placeholder={options.placeholder}
        value={values[id]}
        onChange={(event) => set(id, event.target.value)}
        onBlur={() => recheck(id, values)}
        {...fieldAria(controlId, errors[id], options.hint)}
      />,
      options.span,
      options,
    );
  };

  const suggestions = (id: string, facet: readonly { value: string }[] | undefined) => (
    <datalist id={id}>
      {(facet ?? []).map((option) => (
        <option key={option.value} value={option.value} />
      ))}
    </datalist>
  );

  return (
    <form ref={formRef} className="record-form company-form" noValidate onSubmit={submit}>
      <div className="modal-body">
        <div className="form-grid">
          {text('name', { span: 4, placeholder: t('companies.form.namePlaceholder'), autoFocus: true })}
          {field(
            'ownerId',
            t('companies.fields.owner'),
            <OwnerPicker
              id="company-ownerId"
              name="ownerId"
              value={values.ownerId}
              onChange={(ownerId) => set('ownerId', ownerId)}
              {...fieldAria('company-ownerId', errors.ownerId)}
            />,
            2,
          )}
          <h3 className="form-section-title">{t('companies.form.sectionIds')}</h3>
          {text('inn', {
            span: 2,
            optional: true,
            mono: true,
            inputMode: 'numeric',
            hint: t('companies.form.innHint'),
          })}
          {text('kpp', { span: 2, optional: true, mono: true, hint: t('companies.form.kppHint') })}
          {text('ogrn', {
            span: 2,
            optional: true,
            mono: true,
            inputMode: 'numeric',
            hint: t('companies.form.ogrnHint'),
          })}
          <h3 className="form-section-title">{t('companies.form.sectionProfile')}</h3>
          {text('industry', { span: 3, optional: true, list: 'company-industry-options' })}
          {field(
            'size',
            t('companies.fields.size'),
            <Select
              id="company-size"
              name="size"
              value={values.size}
              onChange={(event) => set('size', event.target.value as CompanyFormValues['size'])}
              {...fieldAria('company-size', errors.size)}
            >
              <option value="">{t('companies.form.noSize')}</option>
              {COMPANY_SIZES.map((size) => (
                <option key={size} value={size}>
                  {t(`companies.sizes.${size}`)}
                </option>
              ))}
            </Select>,
            3,
            { optional: true },
          )}
          {text('region', { span: 3, optional: true, list: 'company-region-options' })}
          {text('segment', { span: 3, optional: true, list: 'company-segment-options' })}
          <h3 className="form-section-title">{t('companies.form.sectionContacts')}</h3>
          {text('website', {
            span: 2,
            optional: true,
            inputMode: 'url',
            placeholder: t('companies.form.websitePlaceholder'),
          })}
          {text('phone', {
            span: 2,
            optional: true,
            inputMode: 'tel',
            placeholder: t('companies.form.phonePlaceholder'),
          })}
          {text('email', {
            span: 2,
            optional: true,
            inputMode: 'email',
            placeholder: t('companies.form.emailPlaceholder'),
          })}
          {field(
            'notes',
            t('companies.fields.notes'),
            <textarea
              id="company-notes"
              name="notes"
              className="textarea"
              rows={3}
              value={values.notes}
              onChange={(event) => set('notes', event.target.value)}
              {...fieldAria('company-notes', errors.notes)}
            />,
            6,
            { optional: true },
          )}
        </div>
        {suggestions('company-industry-options', facets?.industries)}
        {suggestions('company-region-options', facets?.regions)}
        {suggestions('company-segment-options', facets?.segments)}
      </div>
      {duplicates.length > 0 ? (
        <div className="form-notices">
          <DuplicatesNotice
            title={t('companies.duplicates.title')}
            openLabel={t('companies.duplicates.open')}
            items={duplicates.map((duplicate) => ({
              id: duplicate.id,
              text: companyDuplicateText(duplicate, t),
              href: recordHash('companies', duplicate.id),
            }))}
          />
        </div>
      ) : null}
      <footer className="modal-footer">
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={submitting}>
          {company ? t('companies.form.submitSave') : t('companies.form.submitCreate')}
        </button>
      </footer>
    </form>
  );
};
