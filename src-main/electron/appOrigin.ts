/**
 * The renderer is served from `app://voronka/` (a standard, secure custom scheme) rather than
 * `file:`, so it has a real origin that the CSP, the IPC sender check and the navigation lock
 * can all compare against.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'voronka';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
/** What the window shows while an old workspace file is upgraded (see createAppProtocolHandler). */
export const OPENING_PATH = '/opening';
export const OPENING_URL = `${APP_ORIGIN}${OPENING_PATH}`;
