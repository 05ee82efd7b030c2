/** One step of the hub's PostgreSQL schema: frozen once released, applied once, in order. */
export type HubMigration = {
  version: number;
  name: string;
  /** Runs inside the upgrade's transaction, after the `hub` schema exists. */
  sql: string;
};
