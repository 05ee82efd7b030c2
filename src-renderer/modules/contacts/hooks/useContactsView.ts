import type { ContactRow, ContactsListInput } from '@shared/contract/schemas/contacts';
import { type RecordView, useRecordView } from '../../../platform/data/useRecordView';
import { useContactsStore } from '../stores/contactsStore';

/** One page of contacts; rows carry their company's and owner's names, so those tables count too. */
export const useContactsView = (viewKey: string, query: ContactsListInput): RecordView<ContactRow> =>
  useRecordView({
    store: useContactsStore,
    method: 'contacts.list',
    viewKey,
    query,
    tables: ['contacts', 'companies', 'users'],
  });
