import { z } from 'zod';
import { CAMPAIGN_STATUSES } from '../../domain/campaignStatus';
import { WEEK_PATTERN } from '../../domain/kpi/KpiPeriod';
import { fieldIssue } from './fields';
import {
  calendarDateSchema,
  currencySchema,
  epochMsSchema,
  idSchema,
  minorUnitsSchema,
  nonEmptyTextSchema,
  optionalTextSchema,
} from './common';

export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);

/** Dates are calendar days in the workspace zone, both inclusive; null = open-ended. */
export const campaignSchema = z.object({
  id: idSchema,
  name: z.string(),
  sourceId: idSchema.nullable(),
  /** Where inside the source it runs ("Yandex Direct: search", "LinkedIn"), free text. */
  channel: z.string().nullable(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  status: campaignStatusSchema,
  archivedAt: epochMsSchema.nullable(),
  createdAt: epochMsSchema,
});
export type Campaign = z.infer<typeof campaignSchema>;

export const campaignNameSchema = nonEmptyTextSchema(200);

const campaignFieldsShape = {
  name: campaignNameSchema,
  sourceId: idSchema,
  channel: optionalTextSchema(200).transform((value) => (value === '' ? null : value)),
  startsOn: calendarDateSchema.nullable(),
  endsOn: calendarDateSchema.nullable(),
};

/** A period must not end before it starts: refused on `endsOn`, so the form marks that box. */
const periodInOrder = (value: { startsOn?: string | null; endsOn?: string | null }, ctx: z.RefinementCtx) => {
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn) {
    ctx.addIssue({ ...fieldIssue('ends_before_start', 'The campaign ends before it starts'), path: ['endsOn'] });
  }
};

export const campaignCreateInputSchema = z
  .object({
    ...campaignFieldsShape,
    channel: campaignFieldsShape.channel.default(null),
    startsOn: campaignFieldsShape.startsOn.default(null),
    endsOn: campaignFieldsShape.endsOn.default(null),
  })
  .strict()
  .superRefine(periodInOrder);
export type CampaignCreateInput = z.output<typeof campaignCreateInputSchema>;

/** Absent fields stay as they are; the order of the dates is checked again against the stored ones. */
export const campaignUpdateInputSchema = z
  .object({ id: idSchema, patch: z.object(campaignFieldsShape).partial().strict().superRefine(periodInOrder) })
  .strict();
export type CampaignPatch = z.output<typeof campaignUpdateInputSchema>['patch'];

export const campaignListInputSchema = z
  .object({
    includeArchived: z.boolean().default(false),
    sourceId: idSchema.optional(),
  })
  .strict()
  .default({ includeArchived: false });

export const campaignIdInputSchema = z.object({ id: idSchema }).strict();

/** One week's spend and reach: ISO week in the workspace zone, Monday to Monday. */
export const campaignCostSchema = z.object({
  id: idSchema,
  campaignId: idSchema,
  week: z.string(),
  periodStart: epochMsSchema,
  periodEnd: epochMsSchema,
  amountMinor: z.number().int().nonnegative(),
  currency: z.string(),
  /** Unique visitors the campaign brought (landing page, calls answered). */
  visitors: z.number().int().nonnegative().nullable(),
  impressions: z.number().int().nonnegative().nullable(),
});
export type CampaignCost = z.infer<typeof campaignCostSchema>;

const reachSchema = z.number().int().min(0).max(1_000_000_000_000).nullable().default(null);

/** Writes the week's entry, replacing the one already there (one entry per campaign and week). */
export const campaignCostSetInputSchema = z
  .object({
    campaignId: idSchema,
    week: z.string().regex(WEEK_PATTERN),
    amountMinor: minorUnitsSchema,
    currency: currencySchema,
    visitors: reachSchema,
    impressions: reachSchema,
  })
  .strict();
export type CampaignCostSetInput = z.output<typeof campaignCostSetInputSchema>;

export const campaignCostsListInputSchema = z.object({ campaignId: idSchema }).strict();
export const campaignCostDeleteInputSchema = z.object({ id: idSchema }).strict();
