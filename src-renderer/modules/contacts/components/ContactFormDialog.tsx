import type { Contact } from '@shared/contract/schemas/contacts';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../../ui/Modal/Modal';
import type { PickedCompany } from '../../companies/utils/PickedCompany';
import { ContactForm } from './ContactForm';

/** "New contact" / "Contact": one form in a wide modal. */
export const ContactFormDialog = ({
  open,
  contact,
  company,
  onClose,
}: {
  open: boolean;
  contact?: Contact | undefined;
  company?: PickedCompany | null | undefined;
  onClose(saved: Contact | null): void;
}) => {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      width="wide"
      title={contact ? t('contacts.form.editTitle') : t('contacts.form.createTitle')}
      onClose={() => onClose(null)}
    >
      <ContactForm contact={contact} company={company} onDone={onClose} />
    </Modal>
  );
};
