import type { Envelope } from './envelope';
import type { PushEvent } from './pushEvents';

/**
 * What the Electron preload exposes as `window.voronka`: one function per contract method
 * (generated from the contract's method names), an event subscription that never hands the
 * renderer the IPC event object, and saving a report where the user picks.
 */
export type VoronkaBridge = {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  methods: Readonly<Record<string, (input?: unknown) => Promise<Envelope<unknown>>>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
  /** Renders the report (input of `reports.render`) and saves it through main's save dialog. */
  saveReport(input: unknown): Promise<Envelope<SavedReport>>;
  /** Renders a table export (input of `exports.table`) and saves it through main's save dialog. */
  saveExport(input: unknown): Promise<Envelope<SavedReport>>;
  /** Renders a contact's personal-data export (input of `contacts.personalDataFile`) and saves it through main's save dialog. */
  savePersonalData(input: unknown): Promise<Envelope<SavedReport>>;
  /** Makes a fresh backup and saves a copy of it through main's save dialog (no input: no path). */
  saveBackup(): Promise<Envelope<SavedReport>>;
  /** Makes a sync bundle (input of `sync.exportBundle`) and saves it through main's save dialog. */
  saveSyncBundle(input: unknown): Promise<Envelope<SavedReport>>;
  /**
   * Shows main's folder dialog and makes the chosen folder the scheduled report's (no input: the
   * page never names a path). The schedule with its new folder, or null when cancelled.
   */
  chooseReportFolder(): Promise<Envelope<unknown>>;
  /** Keeps the typed SMTP password with the OS keychain (null: forget it): the SMTP state after. */
  setSmtpPassword(password: string | null): Promise<Envelope<unknown>>;
  /** Keeps the team hub's password with the OS keychain (null: forget it): the hub status after. */
  setHubPassword(password: string | null): Promise<Envelope<unknown>>;
  /** Shows main's folder dialog and makes the chosen folder the shared sync folder: the status after, or null when cancelled. */
  chooseSyncFolder(): Promise<Envelope<unknown>>;
  /** Opens the sample workspace or goes back (a WorkspaceRequest; main decides the file): the status after. */
  workspace(request: unknown): Promise<Envelope<unknown>>;
};

/** What saving came to: the chosen file's name (not its folder), or nothing when cancelled. */
export type SavedReport = { saved: true; fileName: string } | { saved: false; fileName: null };
