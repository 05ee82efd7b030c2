import type { Session } from 'electron';
import { isPermissionAllowed } from './permissionPolicy';

export type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/**
 * Answers both kinds of permission question by the one policy (permissionPolicy): a request
 * (`Notification.requestPermission()`, a clipboard write) and a synchronous check
 * (`Notification.permission`, `navigator.permissions.query`).
 */
export const installPermissionHandlers = (session: PermissionSession): void => {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
};
