import type { Company, CompanyCreateInput, CompanySize, CompanyUpdateInput } from '@shared/contract/schemas/companies';
import { changedFields } from '../../../ui/form/changedFields';
import { formValuesFrom } from '../../../ui/form/formValuesFrom';

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

/** The company's values in the form: its blanks (nulls) as empty boxes. */
export const companyToFormValues = (company: Company): CompanyFormValues =>
  formValuesFrom(emptyCompanyForm(null), company);

/** The form → the create input (also what `companyFormSchema` validates). */
export const companyFormInput = (values: CompanyFormValues) =>
  ({ ...values, size: values.size === '' ? null : values.size }) satisfies CompanyCreateInput;

/** Only the fields the user changed (text compared trimmed), so an edit rewrites nothing else. */
export const changedCompanyFields = (values: CompanyFormValues, original: CompanyFormValues): CompanyPatchInput =>
  changedFields(companyFormInput(values), companyFormInput(original));
