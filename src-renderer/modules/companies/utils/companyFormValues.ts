import type { Company, CompanyCreateInput, CompanySize, CompanyUpdateInput } from '@shared/contract/schemas/companies';

type CompanyPatchInput = CompanyUpdateInput['patch'];

/** What the company form edits: text boxes as typed; the contract schema trims and checks them. */
export type CompanyFormValues = {
  name: string;
  inn: string;
  kpp: string;
  ogrn: string;
  industry: string;
  size: CompanySize | '';
  region: string;
  segment: string;
  website: string;
  phone: string;
  email: string;
  ownerId: string | null;
  notes: string;
};

export type CompanyFormField = keyof CompanyFormValues;

export const emptyCompanyForm = (ownerId: string | null): CompanyFormValues => ({
  name: '',
  inn: '',
  kpp: '',
  ogrn: '',
  industry: '',
  size: '',
  region: '',
  segment: '',
  website: '',
  phone: '',
  email: '',
  ownerId,
  notes: '',
});

export const companyToFormValues = (company: Company): CompanyFormValues => ({
  name: company.name,
  inn: company.inn ?? '',
  kpp: company.kpp ?? '',
  ogrn: company.ogrn ?? '',
  industry: company.industry ?? '',
  size: company.size ?? '',
  region: company.region ?? '',
  segment: company.segment ?? '',
  website: company.website ?? '',
  phone: company.phone ?? '',
  email: company.email ?? '',
  ownerId: company.ownerId,
  notes: company.notes ?? '',
});

/** The form → the create input (also what `companyFormSchema` validates). */
export const companyFormInput = (values: CompanyFormValues) =>
  ({ ...values, size: values.size === '' ? null : values.size }) satisfies CompanyCreateInput;

/**
 * Only the fields the user changed, so an edit does not rewrite (and log) untouched ones. Text
 * compares trimmed: adding a trailing space is not a change.
 */
export const changedCompanyFields = (values: CompanyFormValues, original: CompanyFormValues): CompanyPatchInput => {
  const input = companyFormInput(values);
  const before = companyFormInput(original);
  const changed = (Object.keys(input) as CompanyFormField[]).filter((field) => {
    const next = input[field];
    const previous = before[field];
    return typeof next === 'string' && typeof previous === 'string'
      ? next.trim() !== previous.trim()
      : next !== previous;
  });
  return Object.fromEntries(changed.map((field) => [field, input[field]])) as CompanyPatchInput;
};
