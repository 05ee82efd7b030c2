import { z } from 'zod';
import { mutation, query } from '../procedure';
import { emptyInputSchema } from '../schemas/common';
import {
  companyIcpFitSchema,
  icpProfileCreateInputSchema,
  icpProfileIdInputSchema,
  icpProfileSchema,
  icpProfileUpdateInputSchema,
} from '../schemas/icpProfiles';

/**
 * Ideal customer profiles and the fit of companies to them. A change to the approved set derives
 * every company's stored fit again, so those mutations invalidate companies too.
 */
export const icpProcedures = {
  /** Live profiles: approved first, then drafts by name; each with how many companies fit it. */
  'icpProfiles.list': query(emptyInputSchema, z.array(icpProfileSchema)),
  'icpProfiles.create': mutation(icpProfileCreateInputSchema, icpProfileSchema, ['icp_profiles']),
  /** A change to the rules of an approved profile returns it to draft. */
  'icpProfiles.update': mutation(icpProfileUpdateInputSchema, icpProfileSchema, ['icp_profiles', 'companies']),
  'icpProfiles.approve': mutation(icpProfileIdInputSchema, icpProfileSchema, ['icp_profiles', 'companies']),
  'icpProfiles.unapprove': mutation(icpProfileIdInputSchema, icpProfileSchema, ['icp_profiles', 'companies']),
  'icpProfiles.delete': mutation(icpProfileIdInputSchema, z.object({ id: z.string() }), ['icp_profiles', 'companies']),
  /** The company's best fit over the approved profiles with its reasons; null while none is approved. */
  'companies.icpFit': query(icpProfileIdInputSchema, companyIcpFitSchema),
} as const;
