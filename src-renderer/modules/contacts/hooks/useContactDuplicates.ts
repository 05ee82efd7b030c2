import type { ContactDuplicate } from '@shared/contract/schemas/contacts';
import { useCallback } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useDebouncedLookup } from '../../../ui/useDebouncedLookup';

type DuplicateQuery = { id?: string; email: string; phone: string };

const NONE: ContactDuplicate[] = [];

/** While the form is typed: live contacts with the same e-mail or phone. A warning only. */
export const useContactDuplicates = (email: string, phone: string, contactId?: string): ContactDuplicate[] => {
  const client = useClient();
  const lookup = useCallback((query: DuplicateQuery) => client.call('contacts.duplicates', query), [client]);
  const query: DuplicateQuery = { ...(contactId ? { id: contactId } : {}), email: email.trim(), phone: phone.trim() };
  return useDebouncedLookup(query.email || query.phone ? query : null, lookup, NONE);
};
