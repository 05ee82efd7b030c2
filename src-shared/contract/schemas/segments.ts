import { z } from 'zod';
import { idSchema, MAX_MINOR_UNITS, nonEmptyTextSchema } from './common';
import { companySizeSchema } from './companies';
import { customFilterSchema } from './customFields';
import { dealKindSchema } from './deals';

/** A customer status a segment can ask for; `none`: the company has never been a customer. */
export const SEGMENT_CUSTOMER_STATUSES = ['none', 'onboarding', 'active', 'churned'] as const;
export const segmentCustomerStatusSchema = z.enum(SEGMENT_CUSTOMER_STATUSES);

const textList = z.array(z.string().trim().min(1).max(200)).max(50);
const idList = z.array(idSchema).max(100);
const minor = z.number().int().min(0).max(MAX_MINOR_UNITS);

/**
 * What a company must be to belong (every given criterion holds; a list is "any of"). Texts are
 * compared whole, folded (case, ё): "Логистика" matches "логистика".
 */
export const segmentCompanyRulesSchema = z
  .object({
    industries: textList.optional(),
    sizes: z.array(companySizeSchema).max(5).optional(),
    regions: textList.optional(),
    /** The stored ICP fit (0..1) at least this; companies without a fit never match. */
    icpFitMin: z.number().min(0).max(1).optional(),
    customerStatuses: z.array(segmentCustomerStatusSchema).min(1).max(4).optional(),
    /** Filters on custom company fields, as the companies table applies them. */
    custom: z.array(customFilterSchema).max(20).optional(),
  })
  .strict();

/** What a deal must be to belong. */
export const segmentDealRulesSchema = z
  .object({
    sourceIds: idList.optional(),
    campaignIds: idList.optional(),
    ownerIds: idList.optional(),
    kinds: z.array(dealKindSchema).min(1).max(4).optional(),
    valueMinMinor: minor.optional(),
    valueMaxMinor: minor.optional(),
    /** Filters on custom deal fields, as the deals table applies them. */
    custom: z.array(customFilterSchema).max(20).optional(),
  })
  .strict();

/**
 * A segment's rules. A deal belongs when it meets the deal rules and its company meets the company
 * rules (a deal without a company meets no company rule). A company belongs when it meets the
 * company rules and, if there are deal rules, has a live deal that meets them.
 */
export const segmentRulesSchema = z
  .object({
    company: segmentCompanyRulesSchema.default({}),
    deal: segmentDealRulesSchema.default({}),
  })
  .strict();
export type SegmentRules = z.output<typeof segmentRulesSchema>;
export type SegmentCompanyRules = z.output<typeof segmentCompanyRulesSchema>;
export type SegmentDealRules = z.output<typeof segmentDealRulesSchema>;

export const segmentSchema = z.object({
  id: idSchema,
  name: z.string(),
  rules: segmentRulesSchema,
  /** Live members now: companies, and open deals; null when the list was asked without them (pickers). */
  members: z
    .object({ companies: z.number().int().nonnegative(), openDeals: z.number().int().nonnegative() })
    .nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Segment = z.infer<typeof segmentSchema>;

/** Counting members reads every company and deal: pickers ask for the names only. */
export const segmentsListInputSchema = z
  .object({ withMembers: z.boolean().default(true) })
  .strict()
  .default({ withMembers: true });

export const segmentCreateInputSchema = z.object({ name: nonEmptyTextSchema(120), rules: segmentRulesSchema }).strict();
export const segmentUpdateInputSchema = z
  .object({
    id: idSchema,
    patch: z
      .object({ name: nonEmptyTextSchema(120), rules: segmentRulesSchema })
      .partial()
      .strict(),
  })
  .strict();
