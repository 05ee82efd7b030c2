import { z } from 'zod';
import { mutation, query } from '../procedure';
import { idSchema } from '../schemas/common';
import {
  dealCreateInputSchema,
  dealSchema,
  dealsListInputSchema,
  dealsListOutputSchema,
  dealUpdateInputSchema,
} from '../schemas/deals';

export const dealProcedures = {
  'deals.create': mutation(dealCreateInputSchema, dealSchema, ['deals', 'stage_transitions']),
  'deals.get': query(z.object({ id: idSchema }).strict(), dealSchema),
  'deals.update': mutation(dealUpdateInputSchema, dealSchema, ['deals']),
  'deals.list': query(dealsListInputSchema, dealsListOutputSchema),
} as const;
