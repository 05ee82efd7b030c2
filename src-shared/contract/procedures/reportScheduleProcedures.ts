import { mutation, query } from '../procedure';
import { emptyInputSchema } from '../schemas/common';
import {
  reportRunSchema,
  reportScheduleSchema,
  reportScheduleSettingsSchema,
  reportScheduleTickSchema,
} from '../schemas/reportSchedule';

export const reportScheduleProcedures = {
  /** The weekly report's schedule on this device, its folder and the last run. */
  'reportSchedule.get': query(emptyInputSchema, reportScheduleSchema),
  /** Saves the schedule; switching it on or changing its day or time owes no run for slots already past. */
  'reportSchedule.set': mutation(reportScheduleSettingsSchema, reportScheduleSchema, ['report_schedule']),
  /** Writes last week's report in the schedule's formats into its folder now. */
  'reportSchedule.runNow': mutation(emptyInputSchema, reportRunSchema, ['report_schedule']),
  /**
   * Writes the scheduled report when one is due (the core's timer runs it each minute; a missed week
   * catches up once). A mutation so it queues with "Run now"; it pushes `data.changed` only when it
   * ran, so an idle minute refetches nothing.
   */
  'reportSchedule.tick': mutation(emptyInputSchema, reportScheduleTickSchema, []),
} as const;
