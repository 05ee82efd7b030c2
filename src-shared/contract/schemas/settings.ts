import { z } from 'zod';
import { isIanaTimeZone } from '../../domain/calendarDate';
import { PHONE_COUNTRIES } from '../../domain/phoneCountries';
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
  /**
   * ISO 3166 alpha-2 ("RU", "KZ"): a phone typed without a country code is read as this country's.
   * Numbers are stored in international form, so changing it never changes a stored number's key.
   */
  'workspace.phoneCountry': z
    .string()
    .trim()
    .toUpperCase()
    .superRefine((code, ctx) => {
      if (!(PHONE_COUNTRIES as readonly string[]).includes(code))
        ctx.addIssue(fieldIssue('phone_country_invalid', 'Not a country code such as RU or KZ'));
    }),
  /** A daily backup into the backups folder beside the database, at start and while the app runs. */
  'backup.auto': z.boolean(),
  /** How many daily backups are kept; older ones are deleted after each new one. */
  'backup.keep': z.number().int().min(1).max(365),
  /** The seed's "regular contact" control point: a customer with no contact for longer is flagged. */
  'retention.noContactDays': z.number().int().min(1).max(365),
  /** Each BANT part's share of the 100-point score; whole numbers that add up to 100. */
  'bant.weights': z
    .object({
      budget: z.number().int().min(0).max(100),
      authority: z.number().int().min(0).max(100),
      need: z.number().int().min(0).max(100),
      timing: z.number().int().min(0).max(100),
    })
    .strict()
    .superRefine((weights, ctx) => {
      const sum = weights.budget + weights.authority + weights.need + weights.timing;
      if (sum !== 100) ctx.addIssue(fieldIssue('bant_weights_sum', `The weights must add up to 100, not ${sum}`));
    }),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const settingsSetInputSchema = settingsSchema.partial().strict();
