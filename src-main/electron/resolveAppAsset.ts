import { isAbsolute, join, posix, relative, resolve } from 'node:path';
import { isAppUrl } from './isAppUrl';

/**
 * `..` or `.` as a path segment, literal or percent-encoded. The URL parser would silently resolve
 * them, so they are looked for in the raw string: a request that tries to climb is refused outright.
 */
const DOT_SEGMENT = /(^|[/\\])(\.|%2e){1,2}([/\\?#]|$)/i;

const decodeSegment = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
};

/** A decoded path segment that could only be an attack or a mistake, never a renderer asset. */
const isUnsafeSegment = (segment: string): boolean =>
  segment === '' ||
  segment === '..' ||
  segment === '.' ||
  segment.includes('\0') ||
  segment.includes('\\') ||
  segment.includes('/') ||
  /^[a-z]:/i.test(segment);

/**
 * Maps an `app://voronka/...` request to a file inside `rendererDir`, or null when the request must
 * be refused: another host, a malformed escape, `..`, NUL, a backslash, an encoded slash, an empty
 * segment or a drive letter. Paths without an extension are client-side routes: index.html.
 */
export const resolveAppAsset = (rendererDir: string, url: string): string | null => {
  if (!isAppUrl(url) || url.includes('\\') || DOT_SEGMENT.test(url.replace(/^app:\/\/[^/]*/i, ''))) return null;
  const root = resolve(rendererDir);
  // Each raw segment is decoded on its own, so an encoded "/" or "\" cannot become a separator.
  const rawSegments = new URL(url).pathname.slice(1).split('/');
  // A trailing slash names a route ("deals/"), not an empty file name.
  if (rawSegments.length > 1 && rawSegments.at(-1) === '') rawSegments.pop();
  if (rawSegments.length === 1 && rawSegments[0] === '') return join(root, 'index.html');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    const segment = decodeSegment(raw);
    if (segment === null || isUnsafeSegment(segment)) return null;
    segments.push(segment);
  }
  const last = segments.at(-1) ?? '';
  if (posix.extname(last) === '') return join(root, 'index.html');
  const file = join(root, ...segments);
  // Belt and braces: whatever the checks above missed, never serve outside the renderer folder.
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
};
