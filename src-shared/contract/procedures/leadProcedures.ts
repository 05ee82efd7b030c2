import { mutation, query, trustedQuery } from '../procedure';
import { dealSchema } from '../schemas/deals';
import { z } from 'zod';
import {
  leadBantSchema,
  leadQualifyInputSchema,
  leadCreateInputSchema,
  leadsAssignInputSchema,
  leadsBulkOutputSchema,
  leadsDisqualifyInputSchema,
  leadsListInputSchema,
  leadsListOutputSchema,
} from '../schemas/leads';

/** The leads inbox: open deals in the awareness and interest steps. */
export const leadProcedures = {
  'leads.list': trustedQuery(leadsListInputSchema, leadsListOutputSchema),
  /** All or nothing: an unknown deal or owner refuses the whole batch. */
  'leads.assign': mutation(leadsAssignInputSchema, leadsBulkOutputSchema, ['deals']),
  /** All or nothing: a deal closed meanwhile refuses the batch (CONFLICT deal_not_open). */
  'leads.disqualify': mutation(leadsDisqualifyInputSchema, leadsBulkOutputSchema, ['deals', 'stage_transitions']),
  /** Company, contact and deal in one transaction: if any part is refused, nothing is written. */
  'leads.create': mutation(leadCreateInputSchema, dealSchema, [
    'deals',
    'stage_transitions',
    'deal_checks',
    'companies',
    'contacts',
  ]),
  'leads.bant': query(z.object({ id: z.uuid() }).strict(), leadBantSchema),
  'leads.qualify': mutation(leadQualifyInputSchema, leadBantSchema, ['deals', 'deal_checks', 'stage_transitions']),
} as const;
