import { RpcFailure } from '@shared/contract/createClient';
import type { Contact } from '@shared/contract/schemas/contacts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { isRecordId } from '../../../platform/data/isRecordId';
import { useTablesChanged } from '../../../platform/data/useTablesChanged';
import { useReportLoadError } from '../../../ui/toasts/useReportLoadError';

export type ContactRecordState =
  | { status: 'loading' }
  | { status: 'notFound' }
  | { status: 'error' }
  | { status: 'ready'; contact: Contact; companyName: string | null };

/**
 * The contact page's person and their company's name, refetched when either changes.
 * `applySaved` shows a person the page's own form just saved at once (reopened before the refetch
 * arrived, the form would start from the values before the save); only the latest refetch's
 * answer is kept.
 */
export const useContactRecord = (
  id: string,
): { state: ContactRecordState; applySaved(contact: Contact): void; reload(): void } => {
  const client = useClient();
  const reportError = useReportLoadError();
  const [state, setState] = useState<ContactRecordState>(() =>
    // An address whose id is not an id at all (typed, cut short) finds nothing: no call to refuse it.
    isRecordId(id) ? { status: 'loading' } : { status: 'notFound' },
  );
  const latest = useRef(0);

  const reload = useCallback(() => {
    const request = (latest.current += 1);
    if (!isRecordId(id)) return;
    client
      .call('contacts.get', { id })
      .then(async (contact) => {
        const company = contact.companyId ? await client.call('companies.get', { id: contact.companyId }) : null;
        if (request !== latest.current) return;
        setState({ status: 'ready', contact, companyName: company?.deletedAt === null ? company.name : null });
      })
      .catch((error: unknown) => {
        if (request !== latest.current) return;
        if (error instanceof RpcFailure && error.error.code === 'NOT_FOUND') return setState({ status: 'notFound' });
        // A refetch that failed (the core out of reach) leaves the person on screen as they were.
        setState((current) =>
          current.status === 'ready' && current.contact.id === id ? current : { status: 'error' },
        );
        reportError(error);
      });
  }, [client, id, reportError]);
  useEffect(reload, [reload]);
  useTablesChanged(['contacts', 'companies'], reload);

  const applySaved = useCallback(
    (contact: Contact) =>
      setState((current) =>
        current.status === 'ready' && current.contact.id === contact.id ? { ...current, contact } : current,
      ),
    [],
  );
  return { state, applySaved, reload };
};
