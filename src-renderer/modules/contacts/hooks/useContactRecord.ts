import { RpcFailure } from '@shared/contract/createClient';
import type { Contact } from '@shared/contract/schemas/contacts';
import { useCallback, useEffect, useState } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useTablesChanged } from '../../../platform/data/useTablesChanged';
import { useReportError } from '../../../ui/toasts/useReportError';

export type ContactRecordState =
  | { status: 'loading' }
  | { status: 'notFound' }
  | { status: 'error' }
  | { status: 'ready'; contact: Contact; companyName: string | null };

/** The contact page's person and their company's name, refetched when either changes. */
export const useContactRecord = (id: string): ContactRecordState => {
  const client = useClient();
  const reportError = useReportError();
  const [state, setState] = useState<ContactRecordState>({ status: 'loading' });

  const reload = useCallback(() => {
    client
      .call('contacts.get', { id })
      .then(async (contact) => {
        const company = contact.companyId ? await client.call('companies.get', { id: contact.companyId }) : null;
        setState({ status: 'ready', contact, companyName: company?.deletedAt === null ? company.name : null });
      })
      .catch((error: unknown) => {
        if (error instanceof RpcFailure && error.error.code === 'NOT_FOUND') return setState({ status: 'notFound' });
        setState({ status: 'error' });
        reportError(error);
      });
  }, [client, id, reportError]);
  useEffect(reload, [reload]);
  useTablesChanged(['contacts', 'companies'], reload);

  return state;
};
