import type { Migration } from '../Migration';

/**
 * Frozen. `sweep_pending` on this device's place in a hub: set when the hub says this person's
 * access changed (a new role or team) after a pull, in the transaction that starts the full pull
 * over; cleared once that pull has finished and the rows the person no longer sees have left this
 * device. Kept in the file so a cancelled or broken restart still sweeps when it resumes.
 */
export const m0074_hub_sweep: Migration = {
  version: 74,
  name: 'hub_sweep',
  sql: `
ALTER TABLE sync_hub_cursor ADD COLUMN sweep_pending INTEGER NOT NULL DEFAULT 0 CHECK (sweep_pending IN (0, 1));
`,
};
