import type { settingsSetInputSchema } from '@shared/contract/schemas/settings';
import { type Settings, settingsSchema } from '@shared/contract/schemas/settings';
import { SETTING_DEFAULTS } from '@shared/contract/settingDefaults';
import type { z } from 'zod';
import type { Db } from '../../db/Db';
import { transaction } from '../../db/sql';
import { fieldError } from '../companies/fieldError';
import { findUserRow } from '../users/users.repo';
import { readSettingRows, writeSettingRow } from './settings.repo';

/** Stored values over defaults; a value an older app wrote that no longer parses falls back. */
export const getSettings = (db: Db): Settings => {
  const stored: Record<string, unknown> = {};
  for (const row of readSettingRows(db)) {
    try {
      stored[row.key] = JSON.parse(row.value);
    } catch {
      // unreadable value: the default applies
    }
  }
  const merged = { ...SETTING_DEFAULTS };
  for (const key of Object.keys(SETTING_DEFAULTS) as (keyof Settings)[]) {
    if (!(key in stored)) continue;
    const parsed = settingsSchema.shape[key].safeParse(stored[key]);
    if (parsed.success) Object.assign(merged, { [key]: parsed.data });
  }
  return merged;
};

/** The current user is who every change is recorded as: it must be an existing, active user. */
const checkCurrentUser = (db: Db, id: string | null | undefined): void => {
  if (id === null || id === undefined) return;
  const user = findUserRow(db, id);
  if (!user) throw fieldError(['user.currentId'], 'user_not_found', 'No such user');
  if (user.active !== 1) throw fieldError(['user.currentId'], 'user_inactive', 'The user is deactivated');
};

export const setSettings = (db: Db, patch: z.output<typeof settingsSetInputSchema>, now: number): Settings => {
  checkCurrentUser(db, patch['user.currentId']);
  transaction(db, () => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) writeSettingRow(db, key, JSON.stringify(value), now);
    }
  });
  return getSettings(db);
};
