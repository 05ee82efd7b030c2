import { useCallback } from 'react';
import { useClient } from '../../../platform/ClientContext';
import type { LookupOption, LookupValue } from '../../../ui/form/LookupPicker';

const CONTACT_SUGGESTIONS = 8;

/** Contacts to offer: those of the chosen company (none yet for a company being created). */
export const useContactLookup = (company: LookupValue | null) => {
  const client = useClient();
  const companyId = company?.id ?? null;
  const creatingCompany = company !== null && companyId === null;
  return useCallback(
    async (search: string): Promise<LookupOption[]> => {
      if (creatingCompany) return [];
      const page = await client.call('contacts.list', {
        ...(search ? { search } : {}),
        ...(companyId ? { companyId } : {}),
        limit: CONTACT_SUGGESTIONS,
      });
      return page.rows.map((contact) => ({ id: contact.id, name: contact.name, hint: contact.jobTitle }));
    },
    [client, companyId, creatingCompany],
  );
};
