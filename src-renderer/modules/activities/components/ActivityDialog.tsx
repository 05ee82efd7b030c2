import { useTranslation } from 'react-i18next';
import { Modal } from '../../../ui/Modal/Modal';
import { ActivityForm, type ActivityFormProps } from './ActivityForm';

/**
 * "New activity" / "Edit activity" / "Complete and log": over the drawer, on My day, or app-wide on a
 * card, company or contact.
 */
export const ActivityDialog = ({
  open,
  about,
  ...form
}: ActivityFormProps & {
  open: boolean;
  /** The record's name, in the title when logging from outside its page (a board card, the shortcut). */
  about?: string | undefined;
}) => {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      width="wide"
      title={
        form.completing
          ? about
            ? t('activities.tasks.completeAndLogOn', { record: about })
            : t('activities.tasks.completeAndLog')
          : form.activity
            ? t('activities.log.editTitle')
            : about
              ? t('activities.log.titleOn', { record: about })
              : t('activities.log.title')
      }
      onClose={form.onDone}
    >
      <ActivityForm {...form} />
    </Modal>
  );
};
