import { type Contact, type ContactSaved, CONTACT_ROLES, contactFormSchema } from '@shared/contract/schemas/contacts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordHash } from '../../../app/useHashRecordId';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { FormCell } from '../../../ui/form/FormCell';
import { FormChoiceField } from '../../../ui/form/FormChoiceField';
import { FormTextArea } from '../../../ui/form/FormTextArea';
import { FormTextField, type FormTextFieldProps } from '../../../ui/form/FormTextField';
import { RecordForm } from '../../../ui/form/RecordForm';
import type { TextFieldOf } from '../../../ui/form/TextFieldOf';
import { useRecordForm } from '../../../ui/form/useRecordForm';
import { Icon } from '../../../ui/Icon';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { CompanyPicker } from '../../companies/components/CompanyPicker';
import type { PickedCompany } from '../../companies/utils/PickedCompany';
import { OwnerField } from '../../users/components/OwnerField';
import { useCurrentUser } from '../../users/hooks/useCurrentUser';
import { useContactDuplicates } from '../hooks/useContactDuplicates';
import { CustomFieldsFormSection } from '../../customFields/components/CustomFieldsFormSection';
import { type CustomDraft, useCustomDraft } from '../../customFields/hooks/useCustomDraft';
import { useDeleteContact } from '../hooks/useDeleteContact';
import {
  changedContactFields,
  type ContactFormValues,
  contactFormInput,
  contactToFormValues,
  emptyContactForm,
} from '../utils/contactFormValues';
import { contactDuplicateText } from '../utils/duplicateText';

export type ContactFormProps = {
  /** The contact to edit; without it the form creates one. */
  contact?: Contact | undefined;
  /** The contact's company (or, for a new contact, the company it is added to). */
  company?: PickedCompany | null | undefined;
  onDone(saved: Contact | null): void;
};

/**
 * Create or edit a contact, validated as a record form is (see useRecordForm); the same e-mail
 * or phone is warned about (never blocked). Editing offers delete with undo.
 */
export const ContactForm = ({ contact, company = null, onDone }: ContactFormProps) => {
  const { t } = useTranslation();
  // The defined personas, offered as the Persona field's suggestions.
  const personas = useLiveQuery('personas.list', {}, ['personas']).data;
  const client = useClient();
  const pushToast = useToastStore((state) => state.push);
  const deleteContact = useDeleteContact();
  const { user } = useCurrentUser();
  const [picked, setPicked] = useState<PickedCompany | null>(company);

  const finish = (saved: ContactSaved, created: boolean) => {
    pushToast(
      saved.duplicates.length > 0
        ? {
            tone: 'warning',
            message: t('contacts.duplicates.savedWarning'),
            detail: saved.duplicates.map((duplicate) => contactDuplicateText(duplicate, t)).join('; '),
          }
        : {
            tone: 'success',
            message: created ? t('contacts.form.created', { name: saved.contact.name }) : t('contacts.form.saved'),
          },
    );
    onDone(saved.contact);
  };

  // A new contact's custom fields, sent in its create (an existing one's are edited in the contact dialog).
  const customDraft = useCustomDraft('contact');
  const [custom, setCustom] = useState<CustomDraft>({});
  const form = useRecordForm({
    idPrefix: 'contact',
    initial: () => (contact ? contactToFormValues(contact) : emptyContactForm(company?.id ?? null, user?.id ?? null)),
    schema: contactFormSchema,
    toInput: contactFormInput,
    check: () => (contact ? {} : customDraft.errors(custom)),
    save: async (values, original) => {
      if (!contact) {
        const input = { ...contactFormInput(values), ...customDraft.input(custom) };
        return finish(await client.call('contacts.create', input), true);
      }
      const patch = changedContactFields(values, original);
      if (Object.keys(patch).length === 0) return onDone(contact);
      finish(await client.call('contacts.update', { id: contact.id, patch }), false);
    },
  });
  const duplicates = useContactDuplicates(form.values.email, form.values.phone, contact?.id);

  const text = (
    field: TextFieldOf<ContactFormValues>,
    span: FormTextFieldProps<ContactFormValues>['span'],
    placeholder: string,
    inputMode?: 'email' | 'tel',
  ) => (
    <FormTextField
      form={form}
      field={field}
      label={t(`contacts.fields.${field}`)}
      span={span}
      optional={field !== 'name'}
      autoFocus={field === 'name'}
      placeholder={placeholder}
      inputMode={inputMode}
    />
  );

  return (
    <RecordForm
      form={form}
      className="contact-form"
      submitLabel={contact ? t('contacts.form.submitSave') : t('contacts.form.submitCreate')}
      onCancel={() => onDone(null)}
      duplicates={{
        title: t('contacts.duplicates.title'),
        openLabel: t('companies.duplicates.open'),
        items: duplicates.map((duplicate) => ({
          id: duplicate.id,
          text: contactDuplicateText(duplicate, t),
          href: duplicate.companyId ? recordHash('companies', duplicate.companyId) : undefined,
        })),
      }}
      extra={
        contact ? null : (
          <CustomFieldsFormSection
            idPrefix="contact"
            fields={customDraft.fields}
            values={custom}
            errors={form.errors}
            onChange={(fieldId, value) => setCustom((draft) => ({ ...draft, [fieldId]: value }))}
          />
        )
      }
      footerStart={
        contact ? (
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
        ) : null
      }
    >
      {text('name', 3, t('contacts.form.namePlaceholder'))}
      {text('jobTitle', 3, t('contacts.form.jobTitlePlaceholder'))}
      <FormCell form={form} field="companyId" label={t('contacts.fields.company')} span={6} optional>
        <CompanyPicker
          value={picked}
          onChange={(next) => {
            setPicked(next);
            form.set('companyId', next?.id ?? null);
          }}
          {...form.control('companyId')}
        />
      </FormCell>
      <FormChoiceField
        form={form}
        field="role"
        label={t('contacts.fields.role')}
        span={3}
        optional
        blank={t('contacts.form.noRole')}
        choices={CONTACT_ROLES}
        choiceLabel={(role) => t(`contacts.roles.${role}`)}
      />
      <FormTextField
        form={form}
        field="persona"
        label={t('contacts.fields.persona')}
        span={3}
        optional
        placeholder={t('contacts.form.personaPlaceholder')}
        list="contact-persona-names"
      />
      <datalist id="contact-persona-names">
        {(personas ?? []).map((persona) => (
          <option key={persona.id} value={persona.name} />
        ))}
      </datalist>
      {text('email', 3, t('contacts.form.emailPlaceholder'), 'email')}
      {text('phone', 3, t('contacts.form.phonePlaceholder'), 'tel')}
      <OwnerField form={form} label={t('contacts.fields.owner')} span={3} />
      <FormTextArea form={form} field="notes" label={t('contacts.fields.notes')} span={6} optional />
    </RecordForm>
  );
};
