import { isDatabaseDamage } from '@shared/contract/databaseDamage';
import { en } from '@shared/i18n/en';
import { ru } from '@shared/i18n/ru';

export type DamagedDatabaseNotice = {
  title: string;
  /** What is wrong, in plain words, that the file is untouched, and the file's path. */
  body: string;
  /** What the user can do: restore the latest backup (when there is one) or open another file. */
  offer: string;
};

const formatDate = (locale: 'ru' | 'en', ms: number): string =>
  new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(ms);

/**
 * The words both shells (the desktop dialog, the browser host's console) use for a database that
 * was refused at start. `reason` comes from the DB_DAMAGED error's params; an unknown one reads as
 * "damaged". Russian on a Russian system, else English.
 */
export const damagedDatabaseNotice = (
  locale: 'ru' | 'en',
  reason: unknown,
  dbPath: string,
  latestBackupAt: number | null,
): DamagedDatabaseNotice => {
  const text = (locale === 'ru' ? ru : en).databaseDamage;
  const why = text[isDatabaseDamage(reason) ? reason : 'damaged'];
  const file = locale === 'ru' ? `Файл: ${dbPath}` : `File: ${dbPath}`;
  return {
    title: text.title,
    body: `${why} ${text.untouched}\n\n${file}`,
    offer:
      latestBackupAt === null ? text.noBackup : text.offerBackup.replace('{{date}}', formatDate(locale, latestBackupAt)),
  };
};
