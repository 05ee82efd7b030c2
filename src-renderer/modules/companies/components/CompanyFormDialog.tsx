import type { Company } from '@shared/contract/schemas/companies';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../../ui/Modal/Modal';
import { CompanyForm } from './CompanyForm';

/** "New company" / "Edit company": one form in a wide modal. */
export const CompanyFormDialog = ({
  open,
  company,
  onClose,
}: {
  open: boolean;
  company?: Company | undefined;
  onClose(saved: Company | null): void;
}) => {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      width="wide"
      title={company ? t('companies.form.editTitle') : t('companies.form.createTitle')}
      onClose={() => onClose(null)}
    >
      <CompanyForm company={company} onDone={onClose} />
    </Modal>
  );
};
