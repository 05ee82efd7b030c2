import { z } from 'zod';
import { idSchema, nonEmptyTextSchema, optionalTextSchema } from './common';

/** Where a persona answers: what a rep should reach them by first. */
export const PERSONA_CHANNELS = ['phone', 'email', 'messenger', 'meeting', 'events', 'social'] as const;
export const personaChannelSchema = z.enum(PERSONA_CHANNELS);
export type PersonaChannel = z.infer<typeof personaChannelSchema>;

const fields = {
  /** The name contacts carry in their persona field ("Technical expert"). */
  name: nonEmptyTextSchema(100),
  /** Their role in the buying decision ("evaluates the solution, not the budget holder"). */
  role: optionalTextSchema(500),
  goals: optionalTextSchema(2000),
  pains: optionalTextSchema(2000),
  objections: optionalTextSchema(2000),
  channels: z.array(personaChannelSchema).max(PERSONA_CHANNELS.length),
};

export const personaSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: z.string().nullable(),
  goals: z.string().nullable(),
  pains: z.string().nullable(),
  objections: z.string().nullable(),
  channels: z.array(personaChannelSchema),
  /** Live contacts whose persona field names it. */
  contacts: z.number().int().nonnegative(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Persona = z.infer<typeof personaSchema>;

export const personaCreateInputSchema = z.object(fields).strict();
export type PersonaForm = z.input<typeof personaCreateInputSchema>;
export const personaUpdateInputSchema = z.object({ id: idSchema, patch: z.object(fields).partial().strict() }).strict();
