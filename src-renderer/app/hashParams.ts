/**
 * The hash as a path and query (`#/deals?deal=1&q=x` → `/deals` + params): the drawer, the list
 * pages and the router each own some of the params and leave the others alone.
 */
export const splitHash = (hash: string): { path: string; params: URLSearchParams } => {
  const body = hash.replace(/^#/, '');
  const at = body.indexOf('?');
  return at < 0
    ? { path: body, params: new URLSearchParams() }
    : { path: body.slice(0, at), params: new URLSearchParams(body.slice(at + 1)) };
};

export const joinHash = (path: string, params: URLSearchParams): string => {
  const query = params.toString();
  return `#${path}${query ? `?${query}` : ''}`;
};
