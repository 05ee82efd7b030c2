/** Whether desktop notifications can be shown: 'unsupported' where the shell has none. */
export type DesktopPermission = NotificationPermission | 'unsupported';

export const desktopPermission = (): DesktopPermission =>
  typeof window.Notification === 'function' ? window.Notification.permission : 'unsupported';
