import type { BrowserWindowConstructorOptions } from 'electron';

export type WindowOptionsInput = {
  /** Absolute path of out/preload/preload.cjs. */
  preloadPath: string;
  /** DevTools only for developers: a packaged build keeps them closed. */
  devTools: boolean;
};

/** Matches the app's calm light background, so the window never flashes white or black on open. */
export const WINDOW_BACKGROUND = '#f6f7f9';

/**
 * The main window: sandboxed renderer with context isolation and no Node, web security on, no
 * <webview>, hidden until the first paint is ready.
 */
export const windowOptions = ({ preloadPath, devTools }: WindowOptionsInput): BrowserWindowConstructorOptions => ({
  width: 1440,
  height: 900,
  minWidth: 1100,
  minHeight: 700,
  title: 'Voronka',
  backgroundColor: WINDOW_BACKGROUND,
  show: false,
  webPreferences: {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    devTools,
  },
});
