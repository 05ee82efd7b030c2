import { z } from 'zod';
import { epochMsSchema, idSchema, languageSchema } from './common';
import { REPORT_FORMATS } from './reports';

/** Why a scheduled run wrote nothing: the key of the message the Reports page shows. */
export const REPORT_RUN_PROBLEMS = ['no_folder', 'folder_missing', 'not_writable', 'disk_full', 'failed'] as const;
export type ReportRunProblem = (typeof REPORT_RUN_PROBLEMS)[number];

/** "HH:MM", 24-hour, in the workspace time zone. */
export const scheduleTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Expected a time as HH:MM' });

/** What the user sets: when, in which formats and language, for which pipeline and owner. */
export const reportScheduleSettingsSchema = z
  .object({
    enabled: z.boolean(),
    /** ISO weekday: 1 Monday … 7 Sunday. */
    weekday: z.number().int().min(1).max(7),
    time: scheduleTimeSchema,
    formats: z
      .array(z.enum(REPORT_FORMATS))
      .min(1)
      .max(REPORT_FORMATS.length)
      .refine((formats) => new Set(formats).size === formats.length, { message: 'Each format once' }),
    language: languageSchema,
    ownerId: idSchema.nullable(),
    pipelineId: idSchema.nullable(),
  })
  .strict();
export type ReportScheduleSettings = z.infer<typeof reportScheduleSettingsSchema>;

/**
 * Where the files go. `host`: fixed by the browser host (`--report-dir`), read-only; `chosen`: picked
 * in the desktop app's folder dialog; `default`: the `reports` folder beside the workspace file.
 * The path is shown, never sent back: the renderer cannot name a folder.
 */
export const reportFolderSchema = z.object({
  path: z.string().nullable(),
  source: z.enum(['host', 'chosen', 'default']),
  /** Only the desktop app (main's folder dialog) can change it. */
  canChoose: z.boolean(),
});

export const reportRunSchema = z.object({
  at: epochMsSchema,
  trigger: z.enum(['schedule', 'manual']),
  week: z.string(),
  /** The files written (names only, in the folder above); empty when the run failed. */
  files: z.array(z.string()),
  problem: z.enum(REPORT_RUN_PROBLEMS).nullable(),
  /** The failure in the system's words (for the curious; the UI leads with `problem`). */
  detail: z.string().nullable(),
});
export type ReportRun = z.infer<typeof reportRunSchema>;

export const reportScheduleSchema = reportScheduleSettingsSchema.extend({
  /** Null until the schedule is first saved: the page offers its own language then. */
  language: languageSchema.nullable(),
  folder: reportFolderSchema,
  timeZone: z.string(),
  /** The next time the schedule writes (null while off). */
  nextRunAt: epochMsSchema.nullable(),
  lastRun: reportRunSchema.nullable(),
});
export type ReportSchedule = z.infer<typeof reportScheduleSchema>;

/** What a tick did: nothing due, or the run it made. */
export const reportScheduleTickSchema = z.object({ ran: reportRunSchema.nullable() });
