import type { Migration } from '../Migration';

/**
 * Frozen. Each stage's playbook: what to do at this stage and what "done" means, shown in the deal
 * drawer. NULL keeps a seeded stage's standard text (translated, like its name); '' means the
 * workspace wants no playbook there.
 */
export const m0032_stage_playbooks: Migration = {
  version: 32,
  name: 'stage_playbooks',
  sql: `
ALTER TABLE stages ADD COLUMN playbook TEXT CHECK (length(playbook) <= 4000);
`,
};
