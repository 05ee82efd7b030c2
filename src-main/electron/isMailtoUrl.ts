/** Headers a mailto: link from the outbox carries; anything else (attach=, a path to a file) is refused. */
const ALLOWED_FIELDS = new Set(['subject', 'body', 'cc', 'bcc']);
/** One plain address (what the outbox writes), percent-encoded or not. */
const ADDRESS = /^[^\s@<>(),;:"\\/]+@[A-Za-z0-9.-]+$/;

/**
 * Whether a link may go to the default mail app (shell.openExternal): a mailto: to one address
 * with only a subject, body and copies — what the outbox's "Open in mail app" makes. Some mail
 * clients honour `attach=` and similar, which would let a page mail out local files.
 */
export const isMailtoUrl = (url: string): boolean => {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  if (parsed.protocol !== 'mailto:') return false;
  let to: string;
  try {
    to = decodeURIComponent(parsed.pathname);
  } catch {
    return false;
  }
  if (!ADDRESS.test(to)) return false;
  return [...parsed.searchParams.keys()].every((key) => ALLOWED_FIELDS.has(key.toLowerCase()));
};
