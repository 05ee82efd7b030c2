import { useTranslation } from 'react-i18next';
import { type DesktopPermission, desktopPermission } from '../utils/desktopPermission';

/**
 * The popover's line about desktop notifications: a button that asks for them (the browser asks
 * only after a click), or where they stand. Nothing where the shell has none.
 */
export const DesktopNotificationsChoice = ({
  permission,
  onChange,
}: {
  permission: DesktopPermission;
  onChange(permission: DesktopPermission): void;
}) => {
  const { t } = useTranslation();
  if (permission === 'unsupported') return null;
  if (permission === 'default')
    return (
      <button
        type="button"
        className="button button-small reminders-desktop"
        onClick={() => void Notification.requestPermission().then(() => onChange(desktopPermission()))}
      >
        {t('activities.reminders.desktopEnable')}
      </button>
    );
  return (
    <p className="reminders-desktop muted">
      {t(permission === 'granted' ? 'activities.reminders.desktopOn' : 'activities.reminders.desktopDenied')}
    </p>
  );
};
