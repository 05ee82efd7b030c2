/**
 * Where this host lets the shared folder be. The browser host fixes it (`--sync-dir`,
 * VORONKA_SYNC_DIR): a page in a browser must not pick folders on the machine. The desktop app lets
 * the user choose one in main's folder dialog (never a path from the page). Otherwise none.
 */
export type SyncFolderPolicy = { hostDir: string | null; canChoose: boolean };
