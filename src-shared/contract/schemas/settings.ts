import { z } from 'zod';
import { isIanaTimeZone } from '../../domain/calendarDate';
import { currencySchema, idSchema, languageSchema } from './common';
import { fieldIssue } from './fields';

/** Every setting is declared here with its schema; unknown keys are refused. */
export const settingsSchema = z.object({
  'ui.language': languageSchema.nullable(),
  'user.currentId': idSchema.nullable(),
  'workspace.currency': currencySchema,
  /** An IANA zone ("Europe/Moscow"): weeks, days and times of the whole workspace are counted in it. */
  'workspace.timeZone': z
    .string()
    .trim()
    .superRefine((zone, ctx) => {
      if (!isIanaTimeZone(zone))
        ctx.addIssue(fieldIssue('time_zone_invalid', 'Not a time zone name such as Europe/Moscow'));
    }),
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
