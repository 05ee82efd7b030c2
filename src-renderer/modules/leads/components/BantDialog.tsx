import type { LeadRow } from '@shared/contract/schemas/leads';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../../ui/Modal/Modal';
import { BantSection } from './BantSection';

/** The inbox's way to the BANT form: the lead's answers, score, Qualify and Disqualify in a dialog. */
export const BantDialog = ({ lead, onClose }: { lead: LeadRow | null; onClose(): void }) => {
  const { t } = useTranslation();
  return (
    <Modal
      open={lead !== null}
      title={t('leads.bant.openForm', { title: lead?.title ?? '' })}
      onClose={onClose}
      width="wide"
    >
      {lead ? (
        <div className="modal-body">
          <BantSection deal={lead} onDecided={onClose} />
        </div>
      ) : null}
    </Modal>
  );
};
