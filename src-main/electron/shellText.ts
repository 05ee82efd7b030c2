/**
 * The few strings the main process shows before the renderer (and its i18next catalogues) exists:
 * the native menu and the "cannot open the database" dialog. Russian on a Russian OS, else English.
 */
const TEXT = {
  en: {
    file: 'File',
    quit: 'Quit Voronka',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    forceReload: 'Force Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close Window',
    help: 'Help',
    about: 'About Voronka',
    openFailedTitle: 'Voronka cannot open its database',
    schemaTooNew: (file: number, app: number) =>
      `This database was written by a newer version of Voronka (schema v${file}; this version knows v${app}). ` +
      'Install the latest Voronka to open it. Your data has not been changed.',
    openFailedDetail: (reason: string) => `Reason: ${reason}`,
    databaseFile: (path: string) => `Database file: ${path}`,
  },
  ru: {
    file: 'Файл',
    quit: 'Выйти из Воронки',
    edit: 'Правка',
    undo: 'Отменить',
    redo: 'Повторить',
    cut: 'Вырезать',
    copy: 'Копировать',
    paste: 'Вставить',
    selectAll: 'Выделить всё',
    view: 'Вид',
    reload: 'Перезагрузить',
    forceReload: 'Перезагрузить без кэша',
    toggleDevTools: 'Инструменты разработчика',
    resetZoom: 'Исходный размер',
    zoomIn: 'Увеличить',
    zoomOut: 'Уменьшить',
    toggleFullScreen: 'Полноэкранный режим',
    window: 'Окно',
    minimize: 'Свернуть',
    close: 'Закрыть окно',
    help: 'Справка',
    about: 'О программе «Воронка»',
    openFailedTitle: 'Воронка не может открыть базу данных',
    schemaTooNew: (file: number, app: number) =>
      `Эта база данных создана более новой версией Воронки (схема v${file}, эта версия знает v${app}). ` +
      'Установите последнюю версию Воронки, чтобы открыть её. Данные не изменены.',
    openFailedDetail: (reason: string) => `Причина: ${reason}`,
    databaseFile: (path: string) => `Файл базы данных: ${path}`,
  },
} as const;

export type ShellLocale = keyof typeof TEXT;
export type ShellText = (typeof TEXT)[ShellLocale];

/** `app.getLocale()` gives "ru", "ru-RU", "en-US", …: only the language part matters here. */
export const shellLocale = (osLocale: string): ShellLocale => (/^ru\b/i.test(osLocale) ? 'ru' : 'en');

export const shellText = (osLocale: string): ShellText => TEXT[shellLocale(osLocale)];
