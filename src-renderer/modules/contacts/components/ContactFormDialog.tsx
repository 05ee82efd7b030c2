import { CustomFieldsSection } from '../../customFields/components/CustomFieldsSection';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../ui/Modal/FormDialog';
import { ContactForm, type ContactFormProps } from './ContactForm';

/** "New contact" / "Contact"; a new contact may start at a given company. */
export const ContactFormDialog = ({
  open,
  onClose,
  ...form
}: Omit<ContactFormProps, 'onDone'> & {
  open: boolean;
  onClose: ContactFormProps['onDone'];
}) => {
  const { t } = useTranslation();
  const title = form.contact ? t('contacts.form.editTitle') : t('contacts.form.createTitle');
  return (
    <FormDialog open={open} title={title} onClose={onClose}>
      <ContactForm {...form} onDone={onClose} />
      {form.contact ? (
        <div className="contact-custom-fields">
          <CustomFieldsSection entity="contact" recordId={form.contact.id} />
        </div>
      ) : null}
    </FormDialog>
  );
};
