import type { MessageBoxOptions } from 'electron';
import type { DamagedDatabaseNotice } from '../core/backup/damagedDatabaseNotice';
import type { RecoveryChoice } from './openWithRecovery';

export type DamageButtons = { restore: string; openOther: string; quit: string };

/**
 * The message box for a damaged database: the plain-words notice, then "Restore the backup" (the
 * default, only when a sound backup exists), "Open another file…" and "Quit" (also on Esc).
 * `choices[i]` is what button i means.
 */
export const damageDialogOptions = (
  notice: DamagedDatabaseNotice,
  canRestore: boolean,
  buttons: DamageButtons,
): { options: MessageBoxOptions; choices: RecoveryChoice[] } => {
  const choices: RecoveryChoice[] = canRestore ? ['restore', 'open_other', 'quit'] : ['open_other', 'quit'];
  const label: Record<RecoveryChoice, string> = {
    restore: buttons.restore,
    open_other: buttons.openOther,
    quit: buttons.quit,
  };
  return {
    options: {
      type: 'error',
      title: notice.title,
      message: notice.title,
      detail: `${notice.body}\n\n${notice.offer}`,
      buttons: choices.map((choice) => label[choice]),
      defaultId: 0,
      cancelId: choices.indexOf('quit'),
      noLink: true,
    },
    choices,
  };
};
