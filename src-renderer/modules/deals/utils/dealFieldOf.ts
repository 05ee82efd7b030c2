import type { DealFormValues } from '../types/DealFormValues';

/** Contract paths → the form's fields. */
const FIELD_OF: Record<string, keyof DealFormValues> = {
  valueMinor: 'value',
  companyId: 'company',
  newCompany: 'company',
  contactId: 'contact',
  newContact: 'contact',
  expectedCloseOn: 'closeDate',
};

/** The new-deal form's field that a contract path's issue belongs to. */
export const dealFieldOf = (path: string) => FIELD_OF[path] ?? path;
