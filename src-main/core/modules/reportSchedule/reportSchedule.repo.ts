import type { ReportRun, ReportScheduleSettings } from '@shared/contract/schemas/reportSchedule';
import type { ReportFormat } from '@shared/contract/schemas/reports';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import type { ReportScheduleTable } from '../../db/schema';

/** The stored schedule: the settings, the chosen folder, and where the scheduler stands. */
export type ReportScheduleRow = ReportScheduleSettings & {
  folder: string | null;
  armedAt: number;
  lastSlot: number | null;
  lastRun: ReportRun | null;
};

const toLastRun = (row: ReportScheduleTable): ReportRun | null =>
  row.last_run_at === null || row.last_run_trigger === null
    ? null
    : {
        at: row.last_run_at,
        trigger: row.last_run_trigger,
        week: row.last_run_week ?? '',
        files: row.last_run_files === null ? [] : (JSON.parse(row.last_run_files) as string[]),
        problem: (row.last_run_problem as ReportRun['problem']) ?? null,
        detail: row.last_run_detail,
      };

/** The one row (m0038 inserts it). */
export const readReportSchedule = (db: Db): ReportScheduleRow => {
  const row = prepare(db, 'SELECT * FROM report_schedule WHERE id = 1').get() as ReportScheduleTable;
  return {
    enabled: row.enabled === 1,
    weekday: row.weekday,
    time: row.time,
    formats: JSON.parse(row.formats) as ReportFormat[],
    language: row.language,
    ownerId: row.owner_id,
    pipelineId: row.pipeline_id,
    folder: row.folder,
    armedAt: row.armed_at,
    lastSlot: row.last_slot,
    lastRun: toLastRun(row),
  };
};

export const writeReportSettings = (db: Db, settings: ReportScheduleSettings, armedAt: number): void => {
  prepare(
    db,
    `UPDATE report_schedule SET enabled = ?, weekday = ?, time = ?, formats = ?, language = ?, owner_id = ?,
       pipeline_id = ?, armed_at = ? WHERE id = 1`,
  ).run(
    settings.enabled ? 1 : 0,
    settings.weekday,
    settings.time,
    JSON.stringify(settings.formats),
    settings.language,
    settings.ownerId,
    settings.pipelineId,
    armedAt,
  );
};

export const writeReportFolder = (db: Db, folder: string | null): void => {
  prepare(db, 'UPDATE report_schedule SET folder = ? WHERE id = 1').run(folder);
};

/** Records a run; a scheduled one also moves `last_slot`, so the same slot is never run again. */
export const writeReportRun = (db: Db, run: ReportRun, slot: number | null): void => {
  prepare(
    db,
    `UPDATE report_schedule SET last_run_at = ?, last_run_trigger = ?, last_run_week = ?, last_run_files = ?,
       last_run_problem = ?, last_run_detail = ?, last_slot = coalesce(?, last_slot) WHERE id = 1`,
  ).run(run.at, run.trigger, run.week, JSON.stringify(run.files), run.problem, run.detail, slot);
};
