import { customFilterSchema, customRefNamesSchema, customSortFieldSchema, customValuesSchema } from './customFields';
import { z } from 'zod';
import { contactFieldsShape } from './contacts';
import { dealTitleSchema } from './dealTitle';
import { anchorFields } from './pipelines';
import {
  calendarDateSchema,
  companyNameSchema,
  currencySchema,
  idSchema,
  minorUnitsSchema,
  optionalTextSchema,
} from './common';
import { SEARCH_TEXT_MAX_LENGTH } from '../searchLimits';

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;
export const DEAL_KINDS = ['new', 'upsell', 'cross_sell', 'renewal'] as const;
export const dealStatusSchema = z.enum(DEAL_STATUSES);
export const dealKindSchema = z.enum(DEAL_KINDS);
export type DealStatus = z.infer<typeof dealStatusSchema>;
export type DealKind = z.infer<typeof dealKindSchema>;

export const dealSchema = z.object({
  id: idSchema,
  title: z.string(),
  pipelineId: idSchema,
  stageId: idSchema,
  position: z.string(),
  status: dealStatusSchema,
  valueMinor: z.number().int(),
  currency: z.string(),
  kind: dealKindSchema,
  ownerId: idSchema.nullable(),
  companyId: idSchema.nullable(),
  contactId: idSchema.nullable(),
  sourceId: idSchema.nullable(),
  campaignId: idSchema.nullable(),
  expectedCloseOn: z.string().nullable(),
  stageEnteredAt: z.number(),
  wonAt: z.number().nullable(),
  lostAt: z.number().nullable(),
  lossReasonId: idSchema.nullable(),
  /** Free text given with the loss reason. */
  lossNote: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Deal = z.infer<typeof dealSchema>;

/** Fields a user edits directly; stage, status and position change through their own moves. */
const editableDealFields = {
  title: dealTitleSchema,
  valueMinor: minorUnitsSchema,
  currency: currencySchema,
  kind: dealKindSchema,
  ownerId: idSchema.nullable(),
  companyId: idSchema.nullable(),
  contactId: idSchema.nullable(),
  sourceId: idSchema.nullable(),
  campaignId: idSchema.nullable(),
  expectedCloseOn: calendarDateSchema.nullable(),
  notes: optionalTextSchema(10_000),
};

/** A company or contact made in the same write as the deal ("create «…»" in the New deal dialog). */
const newCompanySchema = z.object({ name: companyNameSchema }).strict();
const newContactSchema = z.object({ name: contactFieldsShape.name }).strict();

export const dealCreateInputSchema = z
  .object({
    ...editableDealFields,
    /** Instead of `companyId`: the company is created with the deal, in one transaction. */
    newCompany: newCompanySchema.optional(),
    /** Instead of `contactId`: the contact is created (at the deal's company) with the deal. */
    newContact: newContactSchema.optional(),
    pipelineId: idSchema,
    /** Defaults to the pipeline's first stage. */
    stageId: idSchema.optional(),
    /** Where the card goes in its column: the end (default) or the top, as the board's quick add does. */
    placeAt: z.enum(['start', 'end']).optional(),
    /**
     * Checklist items the creator ticks in the same write. A deal created in a later stage needs
     * the required items of every stage before it (GATE_BLOCKED lists those missing).
     */
    checkedControlPointIds: z.array(idSchema).max(200).optional(),
    /** Custom field values written with the deal (and counted by its creation gate). */
    customValues: customValuesSchema.optional(),
  })
  .partial({
    valueMinor: true,
    currency: true,
    kind: true,
    ownerId: true,
    companyId: true,
    contactId: true,
    sourceId: true,
    campaignId: true,
    expectedCloseOn: true,
    notes: true,
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.newCompany && input.companyId) {
      ctx.addIssue({ code: 'custom', path: ['companyId'], message: 'Either an existing company or a new one' });
    }
    if (input.newContact && input.contactId) {
      ctx.addIssue({ code: 'custom', path: ['contactId'], message: 'Either an existing contact or a new one' });
    }
  });
export type DealCreateInput = z.input<typeof dealCreateInputSchema>;

export const dealUpdateInputSchema = z
  .object({
    id: idSchema,
    patch: z.object(editableDealFields).partial().strict(),
  })
  .strict();
export type DealUpdateInput = z.input<typeof dealUpdateInputSchema>;
export type DealPatch = z.infer<typeof dealUpdateInputSchema>['patch'];

export const DEAL_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'title',
  'valueMinor',
  'expectedCloseOn',
  'stageEnteredAt',
] as const;

/** What the deals table can group its rows by. */
export const DEAL_GROUPS = ['stage', 'owner', 'source'] as const;
export type DealGroup = (typeof DEAL_GROUPS)[number];

export const dealsListInputSchema = z
  .object({
    pipelineId: idSchema.optional(),
    stageId: idSchema.optional(),
    status: dealStatusSchema.optional(),
    ownerId: idSchema.optional(),
    companyId: idSchema.optional(),
    /** A person's deals (the contact page). */
    contactId: idSchema.optional(),
    sourceId: idSchema.optional(),
    /** Only deals of this segment (segments.list). */
    segmentId: idSchema.optional(),
    /** Every word of it (folded: case, ё as е, accents) in the title, the company or the contact name. */
    search: z.string().trim().max(SEARCH_TEXT_MAX_LENGTH).optional(),
    /** Filters on custom deal fields, all of which must hold. */
    customFilters: z.array(customFilterSchema).max(20).optional(),
    /** Rows of one group together, groups in their order (stage: the funnel's; owner, source: by name). */
    groupBy: z.enum(DEAL_GROUPS).optional(),
    /** Groups folded away (their keys; '' = no owner / no source): their rows leave the page. */
    collapsedGroups: z.array(z.string().max(64)).max(500).optional(),
    /** A built-in field, or `cf:<field id>` for a custom one (empty values last either way). */
    sort: z
      .object({ field: z.union([z.enum(DEAL_SORT_FIELDS), customSortFieldSchema]), dir: z.enum(['asc', 'desc']) })
      .default({ field: 'createdAt', dir: 'desc' }),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type DealsListInput = z.input<typeof dealsListInputSchema>;

/** A deal as the deals table lists it: with its company's and owner's names. */
export const dealRowSchema = dealSchema.extend({
  /** null without a company, or when the company was deleted. */
  companyName: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** The deal's custom values by field id (filled ones only). */
  customValues: customValuesSchema.optional(),
  /** Names of the records its reference fields point at. */
  customRefNames: customRefNamesSchema.optional(),
});
export type DealRow = z.infer<typeof dealRowSchema>;

export const dealsListOutputSchema = z.object({
  rows: z.array(dealRowSchema),
  total: z.number().int().nonnegative(),
});
export type DealsListOutput = z.infer<typeof dealsListOutputSchema>;

/** The groups of a grouped deals table: the table's filters (no paging, sort or folding) and what to group by. */
export const dealGroupsInputSchema = dealsListInputSchema
  .omit({ sort: true, offset: true, limit: true, collapsedGroups: true, groupBy: true })
  .extend({ groupBy: z.enum(DEAL_GROUPS) })
  .strict();
export type DealGroupsInput = z.input<typeof dealGroupsInputSchema>;

/** One group of matching deals, in the table's group order, with its count and value per currency. */
export const dealGroupSchema = z.object({
  /** The stage, owner or source id; '' for deals without an owner or a source. */
  key: z.string(),
  name: z.string().nullable(),
  /** A seeded stage's or source's key: its name in the reader's language. */
  defaultKey: z.string().nullable(),
  count: z.number().int().nonnegative(),
  totals: z.array(z.object({ currency: z.string(), sumMinor: z.number().int() })),
});
export type DealGroupRow = z.infer<typeof dealGroupSchema>;
export const dealGroupsOutputSchema = z.object({ groups: z.array(dealGroupSchema) });

export const dealIdInputSchema = z.object({ id: idSchema }).strict();

/**
 * Drop a deal into a column (its own or another stage, even of another pipeline) next to the
 * given neighbours of that column. Forward moves are gated by control points (GATE_BLOCKED).
 */
export const dealMoveInputSchema = z.object({ id: idSchema, toStageId: idSchema, ...anchorFields }).strict();

export const dealLoseInputSchema = z
  .object({
    id: idSchema,
    /** Required: left out, the call fails with LOSS_REASON_REQUIRED (so the UI can ask for it). */
    lossReasonId: idSchema.optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();

export const dealDeleteOutputSchema = z.object({ id: idSchema, deletedAt: z.number() });
