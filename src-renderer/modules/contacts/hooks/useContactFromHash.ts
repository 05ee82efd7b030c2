import type { Contact } from '@shared/contract/schemas/contacts';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { joinHash, splitHash } from '../../../app/hashParams';
import { subscribeToHash } from '../../../app/subscribeToHash';
import { useClient } from '../../../platform/ClientContext';
import type { PickedCompany } from '../../companies/utils/PickedCompany';

const contactParam = (): string | null => splitHash(window.location.hash).params.get('contact');

/**
 * `#/contacts?contact=<id>` (the search opens a contact so) opens that contact's form on the
 * table; the parameter is taken off the URL at once, so closing the form, a reload or Back do not
 * open it again. A deleted or unknown contact opens nothing.
 */
export const useContactFromHash = (open: (contact: Contact, company: PickedCompany | null) => void): void => {
  const client = useClient();
  const id = useSyncExternalStore(subscribeToHash, contactParam);
  // Taking the parameter off re-renders with no id: the load must outlive that, not the page.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    if (!id) return;
    const { path, params } = splitHash(window.location.hash);
    params.delete('contact');
    window.history.replaceState(null, '', joinHash(path, params));
    void (async () => {
      const contact = await client.call('contacts.get', { id }).catch(() => null);
      if (!contact || contact.deletedAt !== null || !mounted.current) return;
      const company = contact.companyId
        ? await client.call('companies.get', { id: contact.companyId }).catch(() => null)
        : null;
      if (mounted.current) open(contact, company ? { id: company.id, name: company.name } : null);
    })();
  }, [id, client, open]);
};
