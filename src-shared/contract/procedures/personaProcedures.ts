import { z } from 'zod';
import { mutation, query } from '../procedure';
import { emptyInputSchema, idSchema } from '../schemas/common';
import { personaCreateInputSchema, personaSchema, personaUpdateInputSchema } from '../schemas/personas';

/**
 * Buyer personas. A contact belongs to the persona its persona field names; renaming a persona
 * renames it on those contacts in the same write, so contacts are invalidated too.
 */
export const personaProcedures = {
  /** Live personas by name, each with how many contacts carry it. */
  'personas.list': query(emptyInputSchema, z.array(personaSchema)),
  'personas.create': mutation(personaCreateInputSchema, personaSchema, ['personas']),
  'personas.update': mutation(personaUpdateInputSchema, personaSchema, ['personas', 'contacts']),
  /** Contacts keep the name as plain text. */
  'personas.delete': mutation(z.object({ id: idSchema }).strict(), z.object({ id: idSchema }), ['personas']),
} as const;
