import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src-main/electron/menu';

type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label);
const submenuOf = (items: MenuItemConstructorOptions[], label: string) => {
  const submenu = items.find((item) => item.label === label)?.submenu;
  return Array.isArray(submenu) ? submenu : [];
};

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window, Help in English with the clipboard and zoom roles', () => {
    const menu = buildMenuTemplate({ osLocale: 'en-US', platform: 'linux', isPackaged: true });
    expect(labels(menu)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(submenuOf(menu, 'File'))).toEqual(['quit']);
    expect(roles(submenuOf(menu, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(roles(submenuOf(menu, 'View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(submenuOf(menu, 'Help'))).toEqual(['about']);
  });

  it('keeps reload and DevTools out of a packaged app and in a development run', () => {
    const packaged = roles(buildMenuTemplate({ osLocale: 'en', platform: 'win32', isPackaged: true }));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('toggleDevTools');
    const dev = roles(buildMenuTemplate({ osLocale: 'en', platform: 'win32', isPackaged: false }));
    expect(dev).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it.each(['ru', 'ru-RU', 'RU-ru'])('speaks Russian when the OS locale is %s', (osLocale) => {
    const menu = buildMenuTemplate({ osLocale, platform: 'linux', isPackaged: true });
    expect(labels(menu)).toEqual(['Файл', 'Правка', 'Вид', 'Окно', 'Справка']);
    expect(labels(submenuOf(menu, 'Правка'))).toContain('Копировать');
  });

  it.each(['en-GB', 'de', 'uk', 'rus', ''])('falls back to English for %s', (osLocale) => {
    expect(buildMenuTemplate({ osLocale, platform: 'linux', isPackaged: true })[0]?.label).toBe('File');
  });

  it('puts the application menu first on macOS', () => {
    const menu = buildMenuTemplate({ osLocale: 'en', platform: 'darwin', isPackaged: true });
    expect(menu[0]).toEqual({ role: 'appMenu' });
    expect(labels(menu.slice(1))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });
});
