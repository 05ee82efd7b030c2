import { isAppUrl } from './isAppUrl';

/**
 * The only browser permissions the app's pages get: desktop notifications (task reminders) and
 * writing to the clipboard ("copy"; Electron names it "clipboard-sanitized-write"). Camera,
 * microphone, location, MIDI, HID, serial, screen capture, pointer lock, reading the clipboard…
 * are refused, and so is anything asked for by a page that is not the app's own.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['notifications', 'clipboard-sanitized-write']);

export const isPermissionAllowed = (permission: string, requestingUrl: string | undefined): boolean =>
  ALLOWED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
