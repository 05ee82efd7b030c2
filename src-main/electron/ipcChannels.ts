/** IPC channel names shared by main and the preload (plain strings: the preload bundles this file). */
export const RPC_CHANNEL = 'voronka:rpc';
export const EVENT_CHANNEL = 'voronka:event';
/** Renders a report in the worker and saves it where the user picks in main's save dialog. */
export const SAVE_REPORT_CHANNEL = 'voronka:save-report';
/** Renders a table export in the worker and saves it where the user picks. */
export const SAVE_EXPORT_CHANNEL = 'voronka:save-export';
/** Makes a fresh backup in the worker and copies it where the user picks in main's save dialog. */
export const SAVE_BACKUP_CHANNEL = 'voronka:save-backup';
/** Shows main's folder dialog and makes the answer the scheduled report's folder (the page names no path). */
export const CHOOSE_REPORT_FOLDER_CHANNEL = 'voronka:choose-report-folder';
/** Shows main's folder dialog and makes the answer the shared sync folder (the page names no path). */
export const CHOOSE_SYNC_FOLDER_CHANNEL = 'voronka:choose-sync-folder';
/** The sample workspace and back (see WORKSPACE_SWITCH): the page says which, main decides the file. */
export const WORKSPACE_CHANNEL = 'voronka:workspace';
/** Renders a contact's personal-data export in the worker and saves it where the user picks. */
export const SAVE_PERSONAL_DATA_CHANNEL = 'voronka:save-personal-data';
/** Settings → E-mail on the desktop: main keeps the typed SMTP password with the OS keychain. */
export const SMTP_PASSWORD_CHANNEL = 'voronka:smtp-password';
/** Settings → Sync on the desktop: main keeps the team hub's password with the OS keychain. */
export const HUB_PASSWORD_CHANNEL = 'voronka:hub-password';
/** Makes a sync bundle in the worker and saves it where the user picks in main's save dialog. */
export const SAVE_SYNC_BUNDLE_CHANNEL = 'voronka:save-sync-bundle';
