import { z } from 'zod';
import { idSchema, nonEmptyTextSchema } from './common';

/** A team (Settings → Users): a name and a lead; users join it by their `teamId`. */
export const teamSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** A manager (or admin) who leads it; null: no lead, or the lead is gone. */
  leadId: idSchema.nullable(),
  /** Live users in it, active or not. */
  members: z.number().int().nonnegative(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Team = z.infer<typeof teamSchema>;

const fields = { name: nonEmptyTextSchema(100), leadId: idSchema.nullable() };

/** The team form; the same object validates the renderer's form and the contract input. */
export const teamFormSchema = z.object(fields);
export type TeamForm = z.input<typeof teamFormSchema>;

export const teamCreateInputSchema = z.object(fields).strict();
export const teamUpdateInputSchema = z.object({ id: idSchema, patch: z.object(fields).partial().strict() }).strict();
export type TeamPatch = z.output<typeof teamUpdateInputSchema>['patch'];
