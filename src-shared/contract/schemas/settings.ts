import { z } from 'zod';
import { currencySchema, idSchema, languageSchema } from './common';

/** Every setting is declared here with its schema; unknown keys are refused. */
export const settingsSchema = z.object({
  'ui.language': languageSchema.nullable(),
  'user.currentId': idSchema.nullable(),
  'workspace.currency': currencySchema,
  'workspace.timeZone': z.string().min(1),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const SETTING_DEFAULTS: Settings = {
  'ui.language': null,
  'user.currentId': null,
  'workspace.currency': 'RUB',
  'workspace.timeZone': 'Europe/Moscow',
};

export const settingsSetInputSchema = settingsSchema.partial().strict();
