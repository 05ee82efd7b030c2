import type { WebContents } from 'electron';
import { isAppUrl } from './isAppUrl';
import { isMailtoUrl } from './isMailtoUrl';
import { isSafeExternalUrl } from './isSafeExternalUrl';

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Locks a webContents to the app's own pages: navigation and redirects elsewhere are stopped,
 * every window.open is denied, <webview> cannot attach. A safe http(s) link the user followed is
 * handed to the OS browser instead (`openExternal`, i.e. shell.openExternal), and the outbox's
 * mailto: link to the default mail app.
 */
export const guardWebContents = (contents: GuardedContents, openExternal: (url: string) => unknown): void => {
  const openOutside = (url: string) => {
    if (isSafeExternalUrl(url) || isMailtoUrl(url)) void Promise.resolve(openExternal(url)).catch(() => undefined);
  };
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  // A redirect is the server's choice, not the user's: stop it without opening anything.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
};
