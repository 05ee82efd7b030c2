import { appInfoSchema } from '../schemas/app';
import { emptyInputSchema } from '../schemas/common';
import { settingsSchema, settingsSetInputSchema } from '../schemas/settings';
import { mutation, query } from '../procedure';

export const appProcedures = {
  'app.info': query(emptyInputSchema, appInfoSchema),
  'settings.get': query(emptyInputSchema, settingsSchema),
  'settings.set': mutation(settingsSetInputSchema, settingsSchema, ['settings']),
} as const;
