import { z } from 'zod';
import { calendarDateSchema, epochMsSchema, idSchema, nonEmptyTextSchema, optionalTextSchema } from './common';

/** The onboarding checklist every new customer works through; ticking the last step makes it active. */
export const ONBOARDING_STEPS = ['kickoff', 'access', 'training', 'first_value'] as const;
export const onboardingStepSchema = z.enum(ONBOARDING_STEPS);
export type OnboardingStep = z.infer<typeof onboardingStepSchema>;

export const CUSTOMER_STATUSES = ['onboarding', 'active', 'churned'] as const;
export const customerStatusSchema = z.enum(CUSTOMER_STATUSES);
export type CustomerStatus = z.infer<typeof customerStatusSchema>;

export const npsAnswerSchema = z.object({
  id: idSchema,
  score: z.number().int().min(0).max(10),
  comment: z.string().nullable(),
  contactId: idSchema.nullable(),
  contactName: z.string().nullable(),
  respondedAt: epochMsSchema,
});
export type NpsAnswer = z.infer<typeof npsAnswerSchema>;

export const customerSchema = z.object({
  companyId: idSchema,
  status: customerStatusSchema,
  sinceAt: epochMsSchema,
  activeAt: epochMsSchema.nullable(),
  churnedAt: epochMsSchema.nullable(),
  churnReason: z.string().nullable(),
  onboarding: z.array(
    z.object({ step: onboardingStepSchema, doneAt: epochMsSchema.nullable(), doneByName: z.string().nullable() }),
  ),
  /** The latest done activity (other than a note) on the company, its contacts or its deals. */
  lastContactAt: epochMsSchema.nullable(),
  /** The workspace's "regular contact" limit (`retention.noContactDays`) … */
  noContactDays: z.number().int().positive(),
  /** … and whether this customer has gone longer than that without a contact (churned ones never do). */
  noContact: z.boolean(),
});
export type Customer = z.infer<typeof customerSchema>;

/** A company's retention card: its customer record (null: never won a deal) and its NPS answers. */
export const companyCustomerSchema = z.object({
  customer: customerSchema.nullable(),
  /** Newest first. */
  nps: z.array(npsAnswerSchema),
  /** NPS of those answers (% promoters − % detractors); null without answers. */
  npsScore: z.number().int().min(-100).max(100).nullable(),
});
export type CompanyCustomer = z.infer<typeof companyCustomerSchema>;

export const companyIdInputSchema = z.object({ companyId: idSchema }).strict();

export const onboardingTickInputSchema = z
  .object({ companyId: idSchema, step: onboardingStepSchema, done: z.boolean() })
  .strict();

export const customerChurnInputSchema = z
  .object({
    companyId: idSchema,
    reason: nonEmptyTextSchema(500),
    /** The day the customer left, in the workspace's time zone; today when omitted. */
    churnedOn: calendarDateSchema.optional(),
  })
  .strict();

export const npsRecordInputSchema = z
  .object({
    companyId: idSchema,
    contactId: idSchema.nullable().default(null),
    score: z.number().int().min(0).max(10),
    comment: optionalTextSchema(2000).default(null),
    /** The day of the answer, in the workspace's time zone; today when omitted. */
    respondedOn: calendarDateSchema.optional(),
  })
  .strict();
export type NpsRecordInput = z.output<typeof npsRecordInputSchema>;
