import { join } from 'node:path';

/** Where `npm run electron:native` puts better-sqlite3 built for Electron's ABI. */
export const NATIVE_DIR = '.electron-native';
export const NATIVE_FILE = 'better_sqlite3.node';

/**
 * The Electron build of better-sqlite3 for an app rooted at `appPath` (app.getAppPath()). In a
 * packaged app that root is app.asar, and a native addon can only be loaded from the unpacked copy
 * next to it.
 */
export const nativeBindingPath = (appPath: string): string =>
  join(appPath.replace(/\.asar$/, '.asar.unpacked'), NATIVE_DIR, NATIVE_FILE);
