import { normalizeHostname } from './normalizeHostname';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The web domain of whatever a user pastes as a company's site: scheme, user info, port, path,
 * query and a leading `www.` go; lower case; IDN kept as Unicode. `HTTPS://WWW.Example.com/ru?a`
 * → `example.com`. Null when no domain can be read out of it.
 */
export const normalizeDomain = (raw: string): string | null => {
  let rest = raw.trim().replace(SCHEME, '').replace(/^\/\//, '');
  rest = rest.split(/[/?#\\]/, 1)[0] ?? '';
  rest = rest.slice(rest.lastIndexOf('@') + 1).replace(/:\d*$/, '');
  const host = normalizeHostname(rest);
  if (host === null) return null;
  const withoutWww = host.replace(/^www\d*\./, '');
  // `www.com` stays itself: stripping would leave a bare top-level domain.
  return withoutWww.includes('.') ? withoutWww : host;
};
