import { z } from 'zod';
import { mutation, query } from '../procedure';
import { idSchema } from '../schemas/common';
import {
  companyCustomerSchema,
  companyIdInputSchema,
  customerChurnInputSchema,
  npsRecordInputSchema,
  onboardingTickInputSchema,
} from '../schemas/customers';

const CUSTOMER_TABLES = ['customers', 'customer_onboarding', 'companies'] as const;

/**
 * Retention (funnel step 6). A company becomes a customer when one of its deals is won, by any
 * path (board, drawer, import, sync brings the peer's customer row); these procedures run its
 * life after that: onboarding, churn and reactivation, and NPS answers.
 */
export const customerProcedures = {
  /** The company's customer record with its onboarding, last contact and NPS answers. */
  'customers.get': query(companyIdInputSchema, companyCustomerSchema),
  /** Ticks or unticks an onboarding step; the last tick makes an onboarding customer active. */
  'customers.tickOnboarding': mutation(onboardingTickInputSchema, companyCustomerSchema, [...CUSTOMER_TABLES]),
  /** Onboarding done without ticking every step. */
  'customers.activate': mutation(companyIdInputSchema, companyCustomerSchema, [...CUSTOMER_TABLES]),
  /** The customer left: the day and why. */
  'customers.churn': mutation(customerChurnInputSchema, companyCustomerSchema, [...CUSTOMER_TABLES]),
  /** A churned customer is back (active again; a new won deal does the same). */
  'customers.reactivate': mutation(companyIdInputSchema, companyCustomerSchema, [...CUSTOMER_TABLES]),
  /** An NPS answer (0–10) of the company, optionally by one of its contacts, with a comment. */
  'nps.record': mutation(npsRecordInputSchema, companyCustomerSchema, ['nps_responses']),
  'nps.delete': mutation(z.object({ id: idSchema }).strict(), companyCustomerSchema, ['nps_responses']),
} as const;
