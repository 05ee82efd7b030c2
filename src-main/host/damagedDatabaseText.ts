import { en } from '@shared/i18n/en';
import { ru } from '@shared/i18n/ru';
import { damagedDatabaseNotice } from '../core/backup/damagedDatabaseNotice';
import { consoleLocale } from './consoleLocale';

/**
 * What the browser shell prints when the database is refused as damaged: the plain-words notice,
 * then how to restore the latest backup or open another file from the command line.
 * `reason` null: a restore was asked for but no sound backup exists.
 */
export const damagedDatabaseText = (
  reason: unknown,
  dbPath: string,
  backupAt: number | null,
  env?: Record<string, string | undefined>,
): string => {
  const locale = consoleLocale(env);
  const notice = damagedDatabaseNotice(locale, reason ?? 'damaged', dbPath, backupAt);
  const options = (locale === 'ru' ? ru : en).databaseDamage.hostOptions;
  return `${notice.title}\n\n${notice.body}\n\n${notice.offer}\n${options}`;
};

export const keptAsLine = (path: string, env?: Record<string, string | undefined>): string =>
  (consoleLocale(env) === 'ru' ? ru : en).databaseDamage.keptAs.replace('{{path}}', path);
