import type { MenuItemConstructorOptions } from 'electron';
import { shellText } from './shellText';

export type MenuInput = {
  /** app.getLocale(): picks Russian or English labels. */
  osLocale: string;
  /** process.platform: macOS gets its application menu first. */
  platform: NodeJS.Platform;
  /** app.isPackaged: reload and DevTools are for developers only. */
  isPackaged: boolean;
};

/**
 * The native application menu: File (Quit), Edit (clipboard roles, so copy/paste work in every
 * field), View (zoom, full screen; reload and DevTools only in development), Window, Help (About).
 */
export const buildMenuTemplate = ({ osLocale, platform, isPackaged }: MenuInput): MenuItemConstructorOptions[] => {
  const t = shellText(osLocale);
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { label: t.reload, role: 'reload' },
        { label: t.forceReload, role: 'forceReload' },
        { label: t.toggleDevTools, role: 'toggleDevTools' },
        { type: 'separator' },
      ];
  const template: MenuItemConstructorOptions[] = [
    { label: t.file, submenu: [{ label: t.quit, role: 'quit' }] },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { type: 'separator' },
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: t.view,
      submenu: [
        ...developer,
        { label: t.resetZoom, role: 'resetZoom' },
        { label: t.zoomIn, role: 'zoomIn' },
        { label: t.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: t.toggleFullScreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: t.window,
      role: 'window',
      submenu: [
        { label: t.minimize, role: 'minimize' },
        { label: t.close, role: 'close' },
      ],
    },
    { label: t.help, role: 'help', submenu: [{ label: t.about, role: 'about' }] },
  ];
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...template] : template;
};
