/**
 * Where this host lets scheduled reports go. The browser host fixes the folder (`--report-dir`,
 * VORONKA_REPORT_DIR): a page in a browser must not pick folders on the machine. The desktop app
 * lets the user choose one in main's folder dialog (never a path from the page). Without either,
 * the `reports` folder beside the workspace file, like `backups`.
 */
export type ReportFolderPolicy = {
  hostDir: string | null;
  defaultDir: string | null;
  canChoose: boolean;
};
