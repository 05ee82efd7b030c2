import { resolve, sep } from 'node:path';

export type StaticTarget =
  /** A path inside the root; it may or may not exist. */
  | { kind: 'file'; path: string; urlPath: string }
  /** Refused before touching the disk: traversal, NUL, backslashes, bad escapes. */
  | { kind: 'bad' };

/**
 * Maps the raw request target to a file under `root`. The raw target is checked before and after
 * percent-decoding, because `%2e%2e%2f` must not become a way out of the renderer folder.
 */
export const resolveStaticPath = (root: string, rawTarget: string): StaticTarget => {
  const rawPath = rawTarget.split(/[?#]/, 1)[0] ?? '';
  if (!rawPath.startsWith('/') || rawPath.includes('\0')) return { kind: 'bad' };
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad' };
  }
  if (urlPath.includes('\0') || urlPath.includes('\\')) return { kind: 'bad' };
  if (urlPath.split('/').some((segment) => segment === '..' || segment === '.')) return { kind: 'bad' };
  const rootDir = resolve(root);
  const path = resolve(rootDir, `.${urlPath}`);
  if (path !== rootDir && !path.startsWith(rootDir + sep)) return { kind: 'bad' };
  return { kind: 'file', path, urlPath };
};
