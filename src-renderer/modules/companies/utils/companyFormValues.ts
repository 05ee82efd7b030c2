import type { Language } from '@shared/contract/schemas/common';
import type { Company, CompanyCreateInput, CompanySize, CompanyUpdateInput } from '@shared/contract/schemas/companies';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { toMoneyInput } from '../../dealDrawer/utils/moneyInput';
import { changedFields } from '../../../ui/form/changedFields';
import { formValuesFrom } from '../../../ui/form/formValuesFrom';
import { parseMoneyInput } from '../../../ui/form/parseMoneyInput';

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
  /** Annual revenue as typed, in the workspace currency; blank: not known. */
  annualRevenue: string;
};

/** The workspace currency the revenue box is typed in. */
export type RevenueCurrency = { currency: string; language: Language };

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
  annualRevenue: '',
});

/** The company's values in the form: its blanks (nulls) as empty boxes. */
export const companyToFormValues = (company: Company, money: RevenueCurrency): CompanyFormValues => ({
  ...formValuesFrom(emptyCompanyForm(null), { ...company, annualRevenue: null }),
  annualRevenue:
    company.annualRevenueMinor === null ? '' : toMoneyInput(company.annualRevenueMinor, money.currency, money.language),
});

/**
 * The typed revenue in minor units: null for a blank box, and for text that is not an amount (the
 * form's own check names that problem; the schema sees "not known" meanwhile).
 */
const revenueMinor = (text: string, currency: string): number | null =>
  text.trim() === '' ? null : parseMoneyInput(text, currencyExponent(currency));

/** The form → the create input (also what `companyFormSchema` validates). */
export const companyFormInput = (values: CompanyFormValues, money: RevenueCurrency) => {
  const { annualRevenue, ...fields } = values;
  return {
    ...fields,
    size: values.size === '' ? null : values.size,
    annualRevenueMinor: revenueMinor(annualRevenue, money.currency),
  } satisfies CompanyCreateInput;
};

/** Only the fields the user changed (text compared trimmed), so an edit rewrites nothing else. */
export const changedCompanyFields = (
  values: CompanyFormValues,
  original: CompanyFormValues,
  money: RevenueCurrency,
): CompanyPatchInput => changedFields(companyFormInput(values, money), companyFormInput(original, money));
