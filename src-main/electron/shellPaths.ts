import { join, resolve } from 'node:path';

export type ShellPaths = {
  preloadPath: string;
  rendererDir: string;
};

/**
 * Where the built pieces sit relative to out/main (the folder of main.js): the preload and the
 * renderer are its siblings. Both absolute, as Electron wants.
 */
export const shellPaths = (mainDir: string): ShellPaths => {
  const main = resolve(mainDir);
  return {
    preloadPath: join(main, '..', 'preload', 'preload.cjs'),
    rendererDir: join(main, '..', 'renderer'),
  };
};
