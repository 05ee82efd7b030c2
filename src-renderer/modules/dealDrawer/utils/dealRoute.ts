/**
 * The open deal lives in the URL hash (`#/pipeline?deal=<id>`, `#/deals?deal=<id>`), so a reload,
 * the Back button and a pasted link all reopen the same drawer on the same page.
 */
const split = (hash: string): { path: string; params: URLSearchParams } => {
  const body = hash.replace(/^#/, '');
  const at = body.indexOf('?');
  return at < 0
    ? { path: body, params: new URLSearchParams() }
    : { path: body.slice(0, at), params: new URLSearchParams(body.slice(at + 1)) };
};

const join = (path: string, params: URLSearchParams): string => {
  const query = params.toString();
  return `#${path}${query ? `?${query}` : ''}`;
};

export const dealIdFromHash = (hash: string): string | null => split(hash).params.get('deal');

/** The same page with the drawer open on `dealId` (or closed with null). */
export const hashWithDeal = (hash: string, dealId: string | null): string => {
  const { path, params } = split(hash);
  if (dealId === null) params.delete('deal');
  else params.set('deal', dealId);
  return join(path || '/pipeline', params);
};
