import type { Translate } from './Translate';

export type StagePlaybookSource = { playbook: string | null; defaultKey: string | null };

/** The text a deal's drawer shows for its stage, and whether it is the seeded standard one. */
export type StagePlaybook = { text: string; standard: boolean };

/**
 * A stage's playbook as shown: what the workspace wrote; else, for a seeded stage never edited
 * (null), its standard text in the UI language (`playbook.standard.<key>`, loaded with the drawer
 * and the stage settings); '' or a stage of the user's own without text has none.
 */
export const stagePlaybook = (stage: StagePlaybookSource, t: Translate): StagePlaybook | null => {
  if (stage.playbook !== null) return stage.playbook.trim() === '' ? null : { text: stage.playbook, standard: false };
  if (stage.defaultKey === null) return null;
  const key = `playbook.standard.${stage.defaultKey}`;
  const text = t(key);
  // i18next answers the key itself when the catalogue has no such text (a key of a later release).
  return text === key || text === '' ? null : { text, standard: true };
};
