import { useTranslation } from 'react-i18next';
import { Modal } from '../../../ui/Modal/Modal';
import { ActivityForm, type ActivityFormProps } from './ActivityForm';

/** "New activity" / "Edit activity" over the drawer. */
export const ActivityDialog = ({ open, ...form }: ActivityFormProps & { open: boolean }) => {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      width="wide"
      title={
        form.completing
          ? t('activities.tasks.completeAndLog')
          : form.activity
            ? t('activities.log.editTitle')
            : t('activities.log.title')
      }
      onClose={form.onDone}
    >
      <ActivityForm {...form} />
    </Modal>
  );
};
