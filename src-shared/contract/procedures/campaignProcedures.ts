import { z } from 'zod';
import { mutation, query } from '../procedure';
import {
  campaignCostDeleteInputSchema,
  campaignCostSchema,
  campaignCostSetInputSchema,
  campaignCostsListInputSchema,
  campaignCreateInputSchema,
  campaignIdInputSchema,
  campaignListInputSchema,
  campaignSchema,
  campaignUpdateInputSchema,
} from '../schemas/campaigns';

/** Campaigns of a lead source and their weekly spend: the cost side of CPL. */
export const campaignProcedures = {
  /** By source, then start date (newest first), then name. */
  'campaigns.list': query(campaignListInputSchema, z.array(campaignSchema)),
  'campaigns.get': query(campaignIdInputSchema, campaignSchema),
  'campaigns.create': mutation(campaignCreateInputSchema, campaignSchema, ['campaigns']),
  'campaigns.update': mutation(campaignUpdateInputSchema, campaignSchema, ['campaigns']),
  /** Archived campaigns leave the pickers; deals keep theirs, costs stay in the figures. */
  'campaigns.archive': mutation(campaignIdInputSchema, campaignSchema, ['campaigns']),
  'campaigns.unarchive': mutation(campaignIdInputSchema, campaignSchema, ['campaigns']),
  /** A campaign's weekly entries, oldest week first. */
  'campaignCosts.list': query(campaignCostsListInputSchema, z.array(campaignCostSchema)),
  'campaignCosts.set': mutation(campaignCostSetInputSchema, campaignCostSchema, ['campaign_costs']),
  'campaignCosts.delete': mutation(campaignCostDeleteInputSchema, z.object({ id: z.string() }), ['campaign_costs']),
} as const;
