import { Modal } from '../../../ui/Modal/Modal';
import { useTranslation } from 'react-i18next';
import type { NewDealPreset } from '../types/NewDealPreset';
import { NewDealForm } from './NewDealForm';

type NewDealDialogProps = {
  open: boolean;
  onClose(): void;
  /** The board's pipeline; the Deals table leaves it out and gets the default one. */
  pipelineId?: string | undefined;
  /** Company and kind given by where the deal is started (a customer card). */
  preset?: NewDealPreset | undefined;
  /** A title that says what the preset is ("Upsell"); the plain "New deal" otherwise. */
  title?: string | undefined;
};

/** "New deal": a modal whose form validates with the contract's own schema. */
export const NewDealDialog = ({ open, onClose, pipelineId, preset, title }: NewDealDialogProps) => {
  const { t } = useTranslation();
  return (
    <Modal open={open} width="wide" title={title ?? t('deals.form.title')} onClose={onClose}>
      <NewDealForm onDone={onClose} pipelineId={pipelineId} preset={preset} />
    </Modal>
  );
};
