import { z } from 'zod';
import { currencySchema, epochMsSchema, idSchema, minorUnitsSchema } from './common';
import { blankableTextSchema } from './fields';

/** What a rep logs or plans; a `task` is a to-do of no particular kind. */
export const ACTIVITY_TYPES = [
  'call',
  'email',
  'meeting',
  'demo',
  'presentation',
  'proposal',
  'nurture',
  'note',
  'task',
] as const;
export const activityTypeSchema = z.enum(ACTIVITY_TYPES);
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const ACTIVITY_DIRECTIONS = ['outbound', 'inbound'] as const;
export const CALL_OUTCOMES = ['reached', 'no_answer', 'busy', 'wrong_number'] as const;
export const NURTURE_CONTENTS = ['case', 'webinar', 'article'] as const;
export const NURTURE_ENGAGEMENTS = ['opened', 'attended', 'replied'] as const;

/** A call may last a working day at most; anything longer is a typo. */
export const MAX_DURATION_SEC = 24 * 60 * 60;

export const activitySchema = z.object({
  id: idSchema,
  type: activityTypeSchema,
  direction: z.enum(ACTIVITY_DIRECTIONS).nullable(),
  outcome: z.enum(CALL_OUTCOMES).nullable(),
  durationSec: z.number().int().nullable(),
  amountMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  fileRef: z.string().nullable(),
  contentKind: z.enum(NURTURE_CONTENTS).nullable(),
  engagement: z.enum(NURTURE_ENGAGEMENTS).nullable(),
  subject: z.string(),
  body: z.string().nullable(),
  dealId: idSchema.nullable(),
  companyId: idSchema.nullable(),
  contactId: idSchema.nullable(),
  /** Who did it, or for a task: who must do it. */
  ownerId: idSchema.nullable(),
  /** Set on a task: when it is due. */
  dueAt: z.number().nullable(),
  /** When it happened (may be back-dated); null for an open task. */
  doneAt: z.number().nullable(),
  /** A manager's quality review (1–5) of a presentation, demo, proposal or meeting; null: not reviewed. */
  reviewScore: z.number().int().nullable(),
  reviewComment: z.string().nullable(),
  reviewedBy: idSchema.nullable(),
  reviewedAt: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  deletedAt: z.number().nullable(),
});
export type Activity = z.infer<typeof activitySchema>;

export const REVIEW_SCORES = [1, 2, 3, 4, 5] as const;

/**
 * A manager rates a done presentation, demo, proposal or meeting 1–5 with a comment; `score`
 * null withdraws the review.
 */
export const activityReviewInputSchema = z
  .object({
    id: idSchema,
    score: z.number().int().min(1).max(5).nullable(),
    comment: blankableTextSchema(2_000).optional(),
  })
  .strict();
export type ActivityReviewInput = z.output<typeof activityReviewInputSchema>;

/** Each type's own details; `activityDetailIssues` refuses those a type does not have. */
export const activityDetailsShape = {
  direction: z.enum(ACTIVITY_DIRECTIONS).nullable(),
  outcome: z.enum(CALL_OUTCOMES).nullable(),
  durationSec: z.number().int().min(0).max(MAX_DURATION_SEC).nullable(),
  amountMinor: minorUnitsSchema.nullable(),
  currency: currencySchema.nullable(),
  fileRef: blankableTextSchema(500),
  contentKind: z.enum(NURTURE_CONTENTS).nullable(),
  engagement: z.enum(NURTURE_ENGAGEMENTS).nullable(),
};
export type ActivityDetails = { [K in keyof typeof activityDetailsShape]: z.output<(typeof activityDetailsShape)[K]> };

export const activityFieldsShape = {
  type: activityTypeSchema,
  ...activityDetailsShape,
  subject: z.string().trim().max(300),
  body: blankableTextSchema(10_000),
  dealId: idSchema.nullable(),
  companyId: idSchema.nullable(),
  contactId: idSchema.nullable(),
  ownerId: idSchema.nullable(),
  dueAt: epochMsSchema.nullable(),
  doneAt: epochMsSchema.nullable(),
};

/**
 * Logs something that happened. `doneAt` defaults to now and may be back-dated; links left out
 * are filled from the context (a deal's company and contact, a contact's company); the owner
 * defaults to the current user.
 */
export const activityLogInputSchema = z
  .object(activityFieldsShape)
  .omit({ dueAt: true })
  .partial()
  .required({ type: true })
  .strict();
export type ActivityLogInput = z.input<typeof activityLogInputSchema>;

/** Plans a task (a next step): due time required, assignee defaults to the current user. */
export const activityPlanInputSchema = z
  .object({
    ...activityFieldsShape,
    subject: z.string().trim().min(1).max(300),
    dueAt: epochMsSchema,
  })
  .omit({ doneAt: true })
  .partial()
  .required({ subject: true, dueAt: true })
  .strict();
export type ActivityPlanInput = z.input<typeof activityPlanInputSchema>;

export const activityUpdateInputSchema = z
  .object({ id: idSchema, patch: z.object(activityFieldsShape).partial().strict() })
  .strict();
export type ActivityPatch = z.output<typeof activityUpdateInputSchema>['patch'];

/**
 * Completes a task; `log` records what was done in the same write (the task becomes the logged
 * activity: its type, details and notes), so one row counts once in every report.
 */
export const activityCompleteInputSchema = z
  .object({
    id: idSchema,
    doneAt: epochMsSchema.optional(),
    log: z
      .object({ type: activityTypeSchema, ...activityDetailsShape, body: activityFieldsShape.body })
      .partial()
      .strict()
      .optional(),
  })
  .strict();
export type ActivityCompleteInput = z.input<typeof activityCompleteInputSchema>;

/** An activity as lists show it: with the names of what it is linked to. */
export const activityRowSchema = activitySchema.extend({
  dealTitle: z.string().nullable(),
  companyName: z.string().nullable(),
  contactName: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** The automation rule that made this task, by name (My day says so). */
  ruleName: z.string().nullable(),
});
export type ActivityRow = z.infer<typeof activityRowSchema>;

export const myDayInputSchema = z
  .object({
    /** Whose day: a user, null for the whole team; left out, the current user. */
    ownerId: idSchema.nullable().optional(),
  })
  .strict()
  .default({});

export const myDaySchema = z.object({
  /** Open tasks due before today began (workspace time zone), oldest first. */
  overdue: z.array(activityRowSchema),
  /** Open tasks due today. */
  today: z.array(activityRowSchema),
  /** Open tasks due after today (the next ones, up to a limit). */
  upcoming: z.array(activityRowSchema),
  /** What was done today, newest first. */
  doneToday: z.array(activityRowSchema),
  /**
   * How many each section holds in all: a section lists at most MY_DAY_SECTION_LIMIT rows, and its
   * heading must not claim that a rep with 350 overdue tasks has 200.
   */
  totals: z.object({
    overdue: z.number().int().nonnegative(),
    today: z.number().int().nonnegative(),
    upcoming: z.number().int().nonnegative(),
    doneToday: z.number().int().nonnegative(),
  }),
  dayStart: z.number(),
  dayEnd: z.number(),
});
export type MyDay = z.infer<typeof myDaySchema>;

/** A deal's speed to lead: its first outbound touch (call, e-mail, meeting) and how long it took. */
export const firstTouchSchema = z.object({
  dealId: idSchema,
  dealCreatedAt: z.number(),
  activity: activitySchema.nullable(),
  /** Milliseconds from the deal's creation to the touch (0 for a touch logged before it). */
  afterMs: z.number().nullable(),
});
export type FirstTouch = z.infer<typeof firstTouchSchema>;

/** The activities table's sortable columns. */
export const ACTIVITY_SORT_FIELDS = ['doneAt', 'type', 'subject', 'ownerName', 'dealTitle'] as const;

/** The activities table: logged (done) activities, filtered, sorted and paged by the core. */
export const activitiesListInputSchema = z
  .object({
    /** Only these types; left out, every type. */
    types: z.array(activityTypeSchema).min(1).optional(),
    ownerId: idSchema.optional(),
    /** Done in [from, to). */
    from: epochMsSchema.optional(),
    to: epochMsSchema.optional(),
    outcome: z.enum(CALL_OUTCOMES).optional(),
    sort: z
      .object({ field: z.enum(ACTIVITY_SORT_FIELDS), dir: z.enum(['asc', 'desc']) })
      .default({ field: 'doneAt', dir: 'desc' }),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict();
export type ActivitiesListInput = z.input<typeof activitiesListInputSchema>;

export const activitiesListOutputSchema = z.object({
  rows: z.array(activityRowSchema),
  total: z.number().int().nonnegative(),
});
