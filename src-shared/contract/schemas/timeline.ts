import { z } from 'zod';
import { idSchema } from './common';
import { timelineEntrySchema, timelineRefSchema } from './history';

/** The kinds of line a timeline can be filtered to. */
export const TIMELINE_TYPES = ['activity', 'stage', 'field', 'check'] as const;
export const timelineTypeSchema = z.enum(TIMELINE_TYPES);
export type TimelineType = z.infer<typeof timelineTypeSchema>;

export const TIMELINE_SUBJECTS = ['deal', 'company', 'contact'] as const;

/** Where a page ends: the last line's time and order key; the next page starts strictly after it. */
export const timelineCursorSchema = z.object({ at: z.number().int(), key: z.string().min(1) }).strict();
export type TimelineCursor = z.infer<typeof timelineCursorSchema>;

export const timelinePageInputSchema = z
  .object({
    subject: z.enum(TIMELINE_SUBJECTS),
    id: idSchema,
    /** Only these kinds of line; left out, all of them. */
    types: z.array(timelineTypeSchema).min(1).optional(),
    /** The previous page's `next`; left out, the newest page. */
    after: timelineCursorSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export type TimelinePageInput = z.input<typeof timelinePageInputSchema>;

/**
 * One line of a deal's, company's or contact's timeline with its order key (the HLC of the write,
 * or the row's id where the log has none) and, on a company or contact, the deal it is about.
 */
const pageFields = { key: z.string(), dealId: idSchema.nullable(), dealTitle: z.string().nullable() };
const [created, stage, field, custom, check, deleted, restored, activity] = timelineEntrySchema.options;
// Each kind extended (an intersection would validate every line twice: ten times slower).
export const timelinePageEntrySchema = z.discriminatedUnion('kind', [
  created.extend(pageFields),
  stage.extend(pageFields),
  field.extend(pageFields),
  custom.extend(pageFields),
  check.extend(pageFields),
  deleted.extend(pageFields),
  restored.extend(pageFields),
  activity.extend(pageFields),
]);
export type TimelinePageEntry = z.infer<typeof timelinePageEntrySchema>;

export const timelinePageSchema = z.object({
  /** Newest first: by time, then by order key (HLC), both descending. */
  entries: z.array(timelinePageEntrySchema),
  refs: z.record(z.string(), timelineRefSchema),
  /** Pass as `after` for the next (older) page; null on the last page. */
  next: timelineCursorSchema.nullable(),
});
export type TimelinePage = z.infer<typeof timelinePageSchema>;
