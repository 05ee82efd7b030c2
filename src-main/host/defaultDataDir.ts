import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export type DataDirEnv = Record<string, string | undefined>;

const APP_DIR = 'Voronka';

/**
 * The per-user folder Voronka keeps its database in when no path is given. It is the folder
 * Electron's `app.getPath('userData')` names (XDG config dir on Linux, Application Support on
 * macOS, roaming AppData on Windows), so the desktop app and the browser shell open one file.
 */
export const defaultDataDir = (
  env: DataDirEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string => {
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), APP_DIR);
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', APP_DIR);
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME;
  return posix.join(xdg && posix.isAbsolute(xdg) ? xdg : posix.join(home, '.config'), APP_DIR);
};

/** The database file: `VORONKA_DB` if set, else voronka.sqlite in the per-user data folder. */
export const defaultDbPath = (
  env: DataDirEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string => {
  if (env.VORONKA_DB) return env.VORONKA_DB;
  const join = platform === 'win32' ? win32.join : posix.join;
  return join(defaultDataDir(env, platform, home), 'voronka.sqlite');
};
