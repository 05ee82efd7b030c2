import { type Contact, type ContactSaved, CONTACT_ROLES, contactFormSchema } from '@shared/contract/schemas/contacts';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordHash } from '../../../app/useHashRecordId';
import { useClient } from '../../../platform/ClientContext';
import { DuplicatesNotice } from '../../../ui/form/DuplicatesNotice';
import { Field, fieldAria } from '../../../ui/form/Field';
import { type FieldErrors, fieldErrorsFromIssues } from '../../../ui/form/fieldErrors';
import { Select } from '../../../ui/form/Select';
import { serverFieldErrors } from '../../../ui/form/serverFieldErrors';
import { Icon } from '../../../ui/Icon';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { CompanyPicker } from '../../companies/components/CompanyPicker';
import type { PickedCompany } from '../../companies/utils/PickedCompany';
import { OwnerPicker } from '../../users/components/OwnerPicker';
import { useCurrentUser } from '../../users/hooks/useCurrentUser';
import { useContactDuplicates } from '../hooks/useContactDuplicates';
import { useDeleteContact } from '../hooks/useDeleteContact';
import {
  changedContactFields,
  type ContactFormField,
  type ContactFormValues,
  contactFormInput,
  contactToFormValues,
  emptyContactForm,
} from '../utils/contactFormValues';
import { contactDuplicateText } from '../utils/duplicateText';
import '../../../ui/form/FormGrid.css';

type TextField = 'name' | 'jobTitle' | 'persona' | 'email' | 'phone';

export type ContactFormProps = {
  /** The contact to edit; without it the form creates one. */
  contact?: Contact | undefined;
  /** The contact's company (or, for a new contact, the company it is added to). */
  company?: PickedCompany | null | undefined;
  onDone(saved: Contact | null): void;
};

/**
 * Create or edit a contact: validated with the contract's schema, server issues shown on the
 * fields, same e-mail or phone warned about (never blocked). Editing offers delete with undo.
 */
export const ContactForm = ({ contact, company = null, onDone }: ContactFormProps) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const pushToast = useToastStore((state) => state.push);
  const deleteContact = useDeleteContact();
  const { user } = useCurrentUser();
  const [original] = useState(() =>
    contact ? contactToFormValues(contact) : emptyContactForm(company?.id ?? null, user?.id ?? null),
  );
  const [values, setValues] = useState<ContactFormValues>(original);
  const [picked, setPicked] = useState<PickedCompany | null>(company);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitting, setSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const duplicates = useContactDuplicates(values.email, values.phone, contact?.id);

  // After a refused save, take the user to the first box that needs fixing (not after a blur:
  // that would pull focus back from the box they moved on to).
  const focusInvalid = useRef(false);
  useEffect(() => {
    if (!focusInvalid.current) return;
    focusInvalid.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const validate = (next: ContactFormValues): FieldErrors => {
    const parsed = contactFormSchema.safeParse(contactFormInput(next));
    return parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues, t);
  };

  const recheck = (field: ContactFormField, next: ContactFormValues) => {
    const message = validate(next)[field];
    setErrors((current) => {
      if (current[field] === message) return current;
      const updated = { ...current };
      if (message) updated[field] = message;
      else delete updated[field];
      return updated;
    });
  };

  const set = <F extends ContactFormField>(field: F, value: ContactFormValues[F]) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (errors[field]) recheck(field, next);
  };

  const announce = (saved: ContactSaved, created: boolean) => {
    if (saved.duplicates.length > 0) {
      pushToast({
        tone: 'warning',
        message: t('contacts.duplicates.savedWarning'),
        detail: saved.duplicates.map((duplicate) => contactDuplicateText(duplicate, t)).join('; '),
      });
      return;
    }
    pushToast({
      tone: 'success',
      message: created ? t('contacts.form.created', { name: saved.contact.name }) : t('contacts.form.saved'),
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
      if (contact) {
        const patch = changedContactFields(values, original);
        if (Object.keys(patch).length === 0) return onDone(contact);
        const saved = await client.call('contacts.update', { id: contact.id, patch });
        announce(saved, false);
        onDone(saved.contact);
      } else {
        const saved = await client.call('contacts.create', contactFormInput(values));
        announce(saved, true);
        onDone(saved.contact);
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

  const field = (id: ContactFormField, control: ReactNode, span: number, optional = true) => (
    <div className={`span-${span}`}>
      <Field
        id={`contact-${id}`}
        label={t(`contacts.fields.${id === 'ownerId' ? 'owner' : id === 'companyId' ? 'company' : id}`)}
        error={errors[id]}
        optional={optional}
      >
        {control}
      </Field>
    </div>
  );

  const text = (id: TextField, span: number, placeholder: string, inputMode?: 'email' | 'tel') =>
    field(
      id,
      <input
        id={`contact-${id}`}
        name={id}
        className="input"
        autoComplete="off"
        autoFocus={id === 'name'}
        data-autofocus={id === 'name' ? '' : undefined}
        inputMode={inputMode}
        placeholder={placeholder}
        value={values[id]}
        onChange={(event) => set(id, event.target.value)}
        onBlur={() => recheck(id, values)}
        {...fieldAria(`contact-${id}`, errors[id])}
      />,
      span,
      id !== 'name',
    );

  return (
    <form ref={formRef} className="record-form contact-form" noValidate onSubmit={submit}>
      <div className="modal-body">
        <div className="form-grid">
          {text('name', 3, t('contacts.form.namePlaceholder'))}
          {text('jobTitle', 3, t('contacts.form.jobTitlePlaceholder'))}
          {field(
            'companyId',
            <CompanyPicker
              id="contact-companyId"
              value={picked}
              onChange={(next) => {
                setPicked(next);
                set('companyId', next?.id ?? null);
              }}
              {...fieldAria('contact-companyId', errors.companyId)}
            />,
            6,
          )}
          {field(
            'role',
            <Select
              id="contact-role"
              name="role"
              value={values.role}
              onChange={(event) => set('role', event.target.value as ContactFormValues['role'])}
              {...fieldAria('contact-role', errors.role)}
            >
              <option value="">{t('contacts.form.noRole')}</option>
              {CONTACT_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`contacts.roles.${role}`)}
                </option>
              ))}
            </Select>,
            3,
          )}
          {text('persona', 3, t('contacts.form.personaPlaceholder'))}
          {text('email', 3, t('contacts.form.emailPlaceholder'), 'email')}
          {text('phone', 3, t('contacts.form.phonePlaceholder'), 'tel')}
          {field(
            'ownerId',
            <OwnerPicker
              id="contact-ownerId"
              name="ownerId"
              value={values.ownerId}
              onChange={(ownerId) => set('ownerId', ownerId)}
              {...fieldAria('contact-ownerId', errors.ownerId)}
            />,
            3,
            false,
          )}
          {field(
            'notes',
            <textarea
              id="contact-notes"
              name="notes"
              className="textarea"
              rows={3}
              value={values.notes}
              onChange={(event) => set('notes', event.target.value)}
              {...fieldAria('contact-notes', errors.notes)}
            />,
            6,
          )}
        </div>
      </div>
      {duplicates.length > 0 ? (
        <div className="form-notices">
          <DuplicatesNotice
            title={t('contacts.duplicates.title')}
            openLabel={t('companies.duplicates.open')}
            items={duplicates.map((duplicate) => ({
              id: duplicate.id,
              text: contactDuplicateText(duplicate, t),
              href: duplicate.companyId ? recordHash('companies', duplicate.companyId) : undefined,
            }))}
          />
        </div>
      ) : null}
      <footer className="modal-footer">
        {contact ? (
          <button
            type="button"
            className="button button-danger modal-footer-start"
            onClick={async () => {
              if (await deleteContact(contact)) onDone(null);
            }}
          >
            <Icon name="trash" size={18} />
            {t('contacts.delete.action')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={submitting}>
          {contact ? t('contacts.form.submitSave') : t('contacts.form.submitCreate')}
        </button>
      </footer>
    </form>
  );
};
