import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../ui/Modal/FormDialog';
import { CompanyForm, type CompanyFormProps } from './CompanyForm';

/** "New company" / "Edit company". */
export const CompanyFormDialog = ({
  open,
  company,
  onClose,
}: Omit<CompanyFormProps, 'onDone'> & {
  open: boolean;
  onClose: CompanyFormProps['onDone'];
}) => {
  const { t } = useTranslation();
  return (
    <FormDialog
      open={open}
      title={company ? t('companies.form.editTitle') : t('companies.form.createTitle')}
      onClose={onClose}
    >
      <CompanyForm company={company} onDone={onClose} />
    </FormDialog>
  );
};
