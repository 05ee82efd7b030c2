import type { CompanyDuplicate } from '@shared/contract/schemas/companies';
import type { ContactDuplicate } from '@shared/contract/schemas/contacts';
import { useCallback } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useDebouncedLookup } from '../../../ui/useDebouncedLookup';

export type LeadDuplicates = { companies: CompanyDuplicate[]; contacts: ContactDuplicate[] };
export type LeadDuplicateQuery = { name: string; inn: string; phone: string; email: string };

const NONE: LeadDuplicates = { companies: [], contacts: [] };

/**
 * Companies (same INN, name, phone or e-mail) and contacts (same phone or e-mail, in any format)
 * the lead being typed may already be, asked while the user types, through the lookups the
 * company and contact forms use.
 */
export const useLeadDuplicates = (query: LeadDuplicateQuery | null): LeadDuplicates => {
  const client = useClient();
  const lookup = useCallback(
    async (q: LeadDuplicateQuery): Promise<LeadDuplicates> => {
      const blank = (value: string) => (value.trim() === '' ? null : value);
      const [companies, contacts] = await Promise.all([
        client.call('companies.duplicates', {
          name: blank(q.name),
          inn: blank(q.inn),
          phone: blank(q.phone),
          email: blank(q.email),
        }),
        q.phone.trim() || q.email.trim()
          ? client.call('contacts.duplicates', { phone: blank(q.phone), email: blank(q.email) })
          : Promise.resolve([]),
      ]);
      return { companies, contacts };
    },
    [client],
  );
  return useDebouncedLookup(query, lookup, NONE);
};
