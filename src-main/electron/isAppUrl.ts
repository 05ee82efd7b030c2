import { APP_HOST, APP_SCHEME } from './appOrigin';

/**
 * True when `url` is on the app's own origin, exactly `app://voronka` with no credentials or port.
 * Node's URL reports origin "null" for custom schemes, so scheme and host are compared one by one.
 */
export const isAppUrl = (url: string): boolean => {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
};
