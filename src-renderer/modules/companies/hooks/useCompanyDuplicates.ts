import type { CompanyDuplicate } from '@shared/contract/schemas/companies';
import { useCallback } from 'react';
import { useClient } from '../../../platform/ClientContext';
import type { CompanyFormValues } from '../utils/companyFormValues';
import { useDebouncedLookup } from '../../../ui/useDebouncedLookup';

type DuplicateQuery = { id?: string; inn: string; email: string; phone: string; website: string; name: string };

const NONE: CompanyDuplicate[] = [];

/**
 * While the form is typed: live companies with the same INN, e-mail, phone, web domain or name
 * (the one being edited excluded). A warning only: saving is never blocked.
 */
export const useCompanyDuplicates = (values: CompanyFormValues, companyId?: string): CompanyDuplicate[] => {
  const client = useClient();
  const lookup = useCallback((query: DuplicateQuery) => client.call('companies.duplicates', query), [client]);
  const query: DuplicateQuery = {
    ...(companyId ? { id: companyId } : {}),
    inn: values.inn.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    website: values.website.trim(),
    name: values.name.trim(),
  };
  const asked = query.inn || query.email || query.phone || query.website || query.name;
  return useDebouncedLookup(asked ? query : null, lookup, NONE);
};
