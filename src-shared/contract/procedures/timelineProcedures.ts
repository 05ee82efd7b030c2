import { trustedQuery } from '../procedure';
import { timelinePageInputSchema, timelinePageSchema } from '../schemas/timeline';

export const timelineProcedures = {
  /**
   * A page of a deal's, company's or contact's timeline: done activities, stage transitions, field
   * edits and checklist ticks in one list, newest first by time then HLC, filtered by kind. Its output
   * check is skipped by the app's hosts (a hot read; tests check it and that it changes nothing).
   */
  'timeline.page': trustedQuery(timelinePageInputSchema, timelinePageSchema),
} as const;
