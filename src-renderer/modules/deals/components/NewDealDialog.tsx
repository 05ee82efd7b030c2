import { Modal } from '../../../ui/Modal/Modal';
import { useTranslation } from 'react-i18next';
import { NewDealForm } from './NewDealForm';

/** "New deal": a modal whose form validates with the contract's own schema. */
export const NewDealDialog = ({ open, onClose }: { open: boolean; onClose(): void }) => {
  const { t } = useTranslation();
  return (
    <Modal open={open} title={t('deals.form.title')} onClose={onClose}>
      <NewDealForm onDone={onClose} />
    </Modal>
  );
};
