import type { Contact, ContactCreateInput, ContactRole, ContactUpdateInput } from '@shared/contract/schemas/contacts';
import { changedFields } from '../../../ui/form/changedFields';
import { formValuesFrom } from '../../../ui/form/formValuesFrom';

/** What the contact form edits: text boxes as typed; the contract schema trims and checks them. */
export type ContactFormValues = {
  name: string;
  companyId: string | null;
  jobTitle: string;
  role: ContactRole | '';
  persona: string;
  email: string;
  phone: string;
  ownerId: string | null;
  notes: string;
};

export const emptyContactForm = (companyId: string | null, ownerId: string | null): ContactFormValues => ({
  name: '',
  companyId,
  jobTitle: '',
  role: '',
  persona: '',
  email: '',
  phone: '',
  ownerId,
  notes: '',
});

/** The contact's values in the form: its blanks (nulls) as empty boxes. */
export const contactToFormValues = (contact: Contact): ContactFormValues =>
  formValuesFrom(emptyContactForm(null, null), contact);

/** The form → the create input (also what `contactFormSchema` validates). */
export const contactFormInput = (values: ContactFormValues) =>
  ({ ...values, role: values.role === '' ? null : values.role }) satisfies ContactCreateInput;

/** Only the fields the user changed (text compared trimmed), so an edit rewrites nothing else. */
export const changedContactFields = (
  values: ContactFormValues,
  original: ContactFormValues,
): ContactUpdateInput['patch'] => changedFields(contactFormInput(values), contactFormInput(original));
