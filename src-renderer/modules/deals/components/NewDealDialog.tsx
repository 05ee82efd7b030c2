import { Modal } from '../../../ui/Modal/Modal';
import { useTranslation } from 'react-i18next';
import { NewDealForm } from './NewDealForm';

type NewDealDialogProps = {
  open: boolean;
  onClose(): void;
  /** The board's pipeline; the Deals table leaves it out and gets the default one. */
  pipelineId?: string | undefined;
};

/** "New deal": a modal whose form validates with the contract's own schema. */
export const NewDealDialog = ({ open, onClose, pipelineId }: NewDealDialogProps) => {
  const { t } = useTranslation();
  return (
    <Modal open={open} width="wide" title={t('deals.form.title')} onClose={onClose}>
      <NewDealForm onDone={onClose} pipelineId={pipelineId} />
    </Modal>
  );
};
