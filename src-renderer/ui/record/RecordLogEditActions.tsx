import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../Icon';

/**
 * A record page's header buttons: Log (the A shortcut), Edit, then the record's own (Delete…).
 * `logTestId` names the Log button for tests that tell the company's from the contact's.
 */
export const RecordLogEditActions = ({
  onLog,
  onEdit,
  logTestId,
  children,
}: {
  onLog(): void;
  onEdit(): void;
  logTestId: string;
  children?: ReactNode;
}) => {
  const { t } = useTranslation();
  return (
    <div className="company-actions">
      <button
        type="button"
        className="button"
        aria-keyshortcuts="A"
        title={t('activities.log.shortcut')}
        onClick={onLog}
        data-testid={logTestId}
      >
        <Icon name="activities" size={18} />
        {t('activities.log.open')}
      </button>
      <button type="button" className="button" onClick={onEdit}>
        <Icon name="edit" size={18} />
        {t('common.actions.edit')}
      </button>
      {children}
    </div>
  );
};
