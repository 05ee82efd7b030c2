import { isDesktopShell } from './isDesktopShell';

/** Whether desktop notifications can be shown: 'unsupported' where the shell has none. */
export type DesktopPermission = NotificationPermission | 'unsupported';

/**
 * The desktop app shows reminders through Electron's main process, which needs no permission;
 * the browser shell asks the browser's.
 */
export const desktopPermission = (): DesktopPermission => {
  if (isDesktopShell()) return 'granted';
  return typeof window.Notification === 'function' ? window.Notification.permission : 'unsupported';
};
