/**
 * How far opening a workspace is, while its file is upgraded (migrateDatabase): a copy made first
 * (`backup`), each migration (`migrate`, `step` of `steps`), the file compacted after a log
 * conversion (`compact`). A migration that converts many rows (m0072: every change-log message)
 * also says how many of its `total` rows are `done`; otherwise both are null.
 */
export type MigrationProgress = {
  phase: 'backup' | 'migrate' | 'compact';
  step: number;
  steps: number;
  /** The running migration's name (`packed_change_log`); null outside `migrate`. */
  name: string | null;
  done: number | null;
  total: number | null;
};
