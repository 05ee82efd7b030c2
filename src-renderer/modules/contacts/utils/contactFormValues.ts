import type { Contact, ContactCreateInput, ContactRole, ContactUpdateInput } from '@shared/contract/schemas/contacts';

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

export type ContactFormField = keyof ContactFormValues;

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

export const contactToFormValues = (contact: Contact): ContactFormValues => ({
  name: contact.name,
  companyId: contact.companyId,
  jobTitle: contact.jobTitle ?? '',
  role: contact.role ?? '',
  persona: contact.persona ?? '',
  email: contact.email ?? '',
  phone: contact.phone ?? '',
  ownerId: contact.ownerId,
  notes: contact.notes ?? '',
});

/** The form → the create input (also what `contactFormSchema` validates). */
export const contactFormInput = (values: ContactFormValues) =>
  ({ ...values, role: values.role === '' ? null : values.role }) satisfies ContactCreateInput;

/** Only the fields the user changed; text compares trimmed. */
export const changedContactFields = (
  values: ContactFormValues,
  original: ContactFormValues,
): ContactUpdateInput['patch'] => {
  const input = contactFormInput(values);
  const before = contactFormInput(original);
  const changed = (Object.keys(input) as ContactFormField[]).filter((field) => {
    const next = input[field];
    const previous = before[field];
    return typeof next === 'string' && typeof previous === 'string'
      ? next.trim() !== previous.trim()
      : next !== previous;
  });
  return Object.fromEntries(changed.map((field) => [field, input[field]])) as ContactUpdateInput['patch'];
};
