/** A frozen schema step. `sql` runs in one transaction with the version bump. */
export type Migration = {
  version: number;
  name: string;
  sql: string;
};
