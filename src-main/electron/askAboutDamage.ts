import { dialog } from 'electron';
import { en } from '@shared/i18n/en';
import { ru } from '@shared/i18n/ru';
import type { DamagedDatabaseNotice } from '../core/backup/damagedDatabaseNotice';
import { damageDialogOptions } from './damageDialogOptions';
import type { RecoveryChoice } from './openWithRecovery';

/** The damaged-database question as a native message box; the answer is the button pressed. */
export const askAboutDamage = async (
  notice: DamagedDatabaseNotice,
  canRestore: boolean,
  locale: 'ru' | 'en',
): Promise<RecoveryChoice> => {
  const { options, choices } = damageDialogOptions(notice, canRestore, (locale === 'ru' ? ru : en).databaseDamage);
  const { response } = await dialog.showMessageBox(options);
  return choices[response] ?? 'quit';
};
