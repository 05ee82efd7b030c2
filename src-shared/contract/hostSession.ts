/**
 * How a browser page re-joins the HTTP host after it restarted with a new per-launch token.
 * - The host refuses a call with an old token as 403 FORBIDDEN with `params.reason = staleToken`.
 * - The page then reads the new token from `GET path` with the `header` set. The header forces a
 *   CORS preflight for any other origin (which the host never grants), and the host also refuses
 *   a `Sec-Fetch-Site` other than same-origin, so only the host's own page can read it, exactly as
 *   only that page can read the token in index.html.
 */
export const HOST_SESSION = {
  path: '/session',
  header: 'x-voronka-session',
  staleToken: 'stale_token',
} as const;
