import { customValuesSchema } from './customFields';
import { z } from 'zod';
import { BANT_NEED_CATEGORIES } from '../../domain/bantAnswerLevels';
import { calendarDateSchema, idSchema, minorUnitsSchema, nonEmptyTextSchema, optionalTextSchema } from './common';
import { companyFieldsShape } from './companies';
import { contactFieldsShape, contactRoleSchema } from './contacts';
import { blankableTextSchema } from './fields';
import { dealRowSchema } from './deals';
import { SEARCH_TEXT_MAX_LENGTH } from '../searchLimits';

/** The funnel steps whose open deals are leads: raw (awareness) and being qualified (interest). */
export const LEAD_STEPS = ['awareness', 'interest'] as const;
export const leadStepSchema = z.enum(LEAD_STEPS);

/** Age sorts by creation time; SLA by the deadline (deals without an SLA last). */
export const LEAD_SORT_FIELDS = ['createdAt', 'slaDueAt', 'valueMinor', 'title'] as const;

export const leadsListInputSchema = z
  .object({
    pipelineId: idSchema.optional(),
    step: leadStepSchema.optional(),
    ownerId: idSchema.optional(),
    /** Leads nobody owns yet (the queue to hand out). */
    unassigned: z.boolean().optional(),
    sourceId: idSchema.optional(),
    campaignId: idSchema.optional(),
    /** Every word of it (folded: case, ё as е, accents) in the title, the company or the contact name. */
    search: z.string().trim().max(SEARCH_TEXT_MAX_LENGTH).optional(),
    sort: z
      .object({ field: z.enum(LEAD_SORT_FIELDS), dir: z.enum(['asc', 'desc']) })
      .default({ field: 'createdAt', dir: 'desc' }),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type LeadsListInput = z.input<typeof leadsListInputSchema>;

export const leadRowSchema = dealRowSchema.extend({
  step: leadStepSchema,
  /** The stage's name as `displayName` reads it (a seeded stage is named by its key until renamed). */
  stage: z.object({ name: z.string().nullable(), defaultKey: z.string().nullable() }),
  contactName: z.string().nullable(),
  campaignName: z.string().nullable(),
  /** Calendar days since creation in the workspace's time zone (0 = came in today). */
  ageDays: z.number().int().nonnegative(),
  /** The stage's SLA hours (null: no SLA) and the deadline, from the stage entry. */
  slaHours: z.number().int().nullable(),
  slaDueAt: z.number().nullable(),
  /** The deal's first done outbound call, e-mail or meeting, even one before the stage entry. */
  firstTouchAt: z.number().nullable(),
  /** 0..100, null until qualified with BANT. */
  bantScore: z.number().int().nullable(),
  /** 0..1, null until scored against an ICP. */
  icpFit: z.number().nullable(),
});
export type LeadRow = z.infer<typeof leadRowSchema>;

export const leadsListOutputSchema = z.object({
  rows: z.array(leadRowSchema),
  total: z.number().int().nonnegative(),
  /** The server's clock when the page was read: SLA states in tests and the first render agree with it. */
  now: z.number(),
});
export type LeadsListOutput = z.infer<typeof leadsListOutputSchema>;

const leadIdsSchema = z.array(idSchema).min(1).max(500);

/** Hand the selected leads to one owner (null: back to nobody) in one write. */
export const leadsAssignInputSchema = z.object({ ids: leadIdsSchema, ownerId: idSchema.nullable() }).strict();

/**
 * Close the selected leads as lost with one reason, in one write; each goes through the same
 * path as losing a single deal (a transition, the loss reason required).
 */
export const leadsDisqualifyInputSchema = z
  .object({
    ids: leadIdsSchema,
    /** Required: left out, the call fails with LOSS_REASON_REQUIRED. */
    lossReasonId: idSchema.optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();

export const leadsBulkOutputSchema = z.object({ count: z.number().int().nonnegative() });

/**
 * The fast "new lead" form: a company (new, by name and INN, or an existing one) and/or a person
 * (new, with phone and e-mail, or an existing contact), and the deal, made in one write. Phone and
 * e-mail belong to the person; without one, to the company.
 */
export const leadCreateInputSchema = z
  .object({
    pipelineId: idSchema,
    /** Defaults to the company's name, else the person's. */
    title: nonEmptyTextSchema(200).optional(),
    companyId: idSchema.optional(),
    companyName: companyFieldsShape.name.optional(),
    inn: companyFieldsShape.inn.optional(),
    contactId: idSchema.optional(),
    contactName: contactFieldsShape.name.optional(),
    phone: contactFieldsShape.phone.optional(),
    email: contactFieldsShape.email.optional(),
    sourceId: idSchema.nullable().optional(),
    campaignId: idSchema.nullable().optional(),
    valueMinor: minorUnitsSchema.optional(),
    ownerId: idSchema.nullable().optional(),
    notes: optionalTextSchema(10_000).optional(),
    /** The deal's custom field values (the lead is the deal), written with it. */
    customValues: customValuesSchema.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.companyId && input.companyName) {
      ctx.addIssue({ code: 'custom', path: ['companyName'], message: 'Either an existing company or a new one' });
    }
    if (input.contactId && input.contactName) {
      ctx.addIssue({ code: 'custom', path: ['contactName'], message: 'Either an existing contact or a new one' });
    }
    if (!input.companyId && !input.companyName && !input.contactId && !input.contactName) {
      ctx.addIssue({ code: 'custom', path: ['companyName'], message: 'A company or a person is required' });
    }
    if (input.inn && !input.companyName) {
      ctx.addIssue({ code: 'custom', path: ['inn'], message: 'An INN goes with a new company' });
    }
  });
export type LeadCreateInput = z.input<typeof leadCreateInputSchema>;

const bantLevelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).nullable();

/** The BANT form's answers; null is "not asked yet" (see bantAnswerLevels for how each part is judged). */
export const bantDetailsShape = {
  budgetMinor: minorUnitsSchema.nullable(),
  budgetConfirmed: z.boolean().nullable(),
  authorityContactId: idSchema.nullable(),
  authorityRole: contactRoleSchema.nullable(),
  /** Blank is not asked. */
  needPain: blankableTextSchema(2000),
  needCategory: z.enum(BANT_NEED_CATEGORIES).nullable(),
  timingDate: calendarDateSchema.nullable(),
  timingQuarter: z
    .string()
    .regex(/^\d{4}-Q[1-4]$/, 'Expected a quarter as YYYY-Qn')
    .nullable(),
};

const bantLevelsSchema = z.object({
  budget: bantLevelSchema,
  authority: bantLevelSchema,
  need: bantLevelSchema,
  timing: bantLevelSchema,
});

/** The deal's BANT answers, the levels they gave (0 no … 3 confirmed) and the score, as last saved. */
export const leadBantSchema = z.object({
  id: idSchema,
  ...bantDetailsShape,
  levels: bantLevelsSchema,
  score: z.number().int().min(0).max(100).nullable(),
  /** When the deal was qualified (null: not yet). */
  qualifiedAt: z.number().nullable(),
});
export type LeadBant = z.infer<typeof leadBantSchema>;

/**
 * Saves the answers, their levels and score (scoreBant under the workspace's weights) in one write;
 * a part at "confirmed" ticks the matching control point ("budget confirmed"…) of the pipeline's
 * interest stages. With an outcome, the same write also decides the lead: `qualified` ticks all four
 * BANT items and moves the deal to the pipeline's first consideration stage (the gate still applies
 * to any other unticked item); `disqualified` closes it as lost with the loss reason.
 */
export const leadQualifyInputSchema = z
  .object({
    id: idSchema,
    ...bantDetailsShape,
    outcome: z.enum(['qualified', 'disqualified']).optional(),
    /** Required with `disqualified`: left out, the call fails with LOSS_REASON_REQUIRED. */
    lossReasonId: idSchema.optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();
export type LeadQualifyInput = z.input<typeof leadQualifyInputSchema>;
