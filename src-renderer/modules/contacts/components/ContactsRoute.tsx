import { useHashRecordId } from '../../../app/useHashRecordId';
import { ContactPage } from './ContactPage';
import { ContactsPage } from './ContactsPage';

/** `#/contacts` is the table, `#/contacts/<id>` one person's page. */
export const ContactsRoute = () => {
  const contactId = useHashRecordId('contacts');
  return contactId ? <ContactPage key={contactId} id={contactId} /> : <ContactsPage />;
};
