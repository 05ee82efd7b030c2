import type { Migration } from '../Migration';

/**
 * Frozen. `pull_received` on this device's place in a hub: how many messages the pull under way
 * has received, moved in the same transaction as `pull_seq`. A first sync stopped and resumed
 * (or broken by a restart) goes on counting from there, so its progress ("6 % (received:
 * 98,000)") does not start again at zero while the bar goes on from where it stopped.
 */
export const m0079_hub_pull_received: Migration = {
  version: 79,
  name: 'hub_pull_received',
  sql: `
ALTER TABLE sync_hub_cursor ADD COLUMN pull_received INTEGER NOT NULL DEFAULT 0 CHECK (pull_received >= 0);
`,
};
