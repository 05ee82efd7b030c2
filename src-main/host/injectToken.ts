/** The page reads the per-launch token from this tag; it never appears in a URL the user sees. */
export const TOKEN_META_NAME = 'voronka-token';

const HEAD_OPEN = /<head(\s[^>]*)?>/i;

const escapeAttribute = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Puts `<meta name="voronka-token">` first in <head>; throws if the page has no <head>. */
export const injectToken = (html: string, token: string): string => {
  const match = HEAD_OPEN.exec(html);
  if (!match) throw new Error('index.html has no <head> to carry the token');
  const at = match.index + match[0].length;
  const meta = `<meta name="${TOKEN_META_NAME}" content="${escapeAttribute(token)}">`;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
};
