import { isAppUrl } from './isAppUrl';

/**
 * Whether an IPC message may reach the backend: only frames showing the app's own pages. A frame
 * that navigated away, a `file:` or `http:` page, another custom scheme, or a frame that is
 * already gone (`senderFrame` null) is refused.
 */
export const isTrustedSender = (senderUrl: string | null | undefined): boolean =>
  typeof senderUrl === 'string' && isAppUrl(senderUrl);
