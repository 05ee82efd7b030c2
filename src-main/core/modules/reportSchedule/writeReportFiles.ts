import type { ReportRun, ReportRunProblem, ReportScheduleSettings } from '@shared/contract/schemas/reportSchedule';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/Db';
import { renderReportData } from '../../reports/exportReport';
import { loadWeeklyReport } from '../../reports/loadWeeklyReport';
import { writeFileAtomic } from '../../reports/writeFileAtomic';
import { reportFileName } from '../reports/renderReportFile';

type Folder = { path: string | null; source: 'host' | 'chosen' | 'default' };

const problemOf = (error: unknown): ReportRunProblem => {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'folder_missing';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'not_writable';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk_full';
  return 'failed';
};

/**
 * A folder the user chose must still be there (an unplugged drive is reported, not re-created
 * somewhere else); the host's and the default one are ours to create.
 */
const prepareFolder = (folder: Folder & { path: string }) => {
  if (folder.source === 'chosen') {
    if (!statSync(folder.path).isDirectory()) throw Object.assign(new Error('Not a folder'), { code: 'ENOTDIR' });
  } else mkdirSync(folder.path, { recursive: true });
};

/**
 * Renders last week's report in each format and writes each file atomically (a temporary name,
 * then a rename: a reader or a crash never sees half a file, an older copy is replaced whole).
 * Never throws: a failure becomes the run's problem, with the files written before it.
 */
export const writeReportFiles = async (
  db: Db,
  settings: ReportScheduleSettings,
  folder: Folder,
  run: { week: string; trigger: ReportRun['trigger']; now: number },
): Promise<ReportRun> => {
  const files: string[] = [];
  const done = (problem: ReportRunProblem | null, detail: string | null): ReportRun => ({
    at: run.now,
    trigger: run.trigger,
    week: run.week,
    files,
    problem,
    detail,
  });
  if (folder.path === null) return done('no_folder', null);
  const filters = {
    ...(settings.ownerId ? { ownerId: settings.ownerId } : {}),
    ...(settings.pipelineId ? { pipelineId: settings.pipelineId } : {}),
  };
  try {
    prepareFolder({ ...folder, path: folder.path });
    // One load of the report for every format.
    const period = { kind: 'week' as const, week: run.week };
    const report = loadWeeklyReport(db, { period, filters }, run.now);
    for (const format of settings.formats) {
      const input = { period, filters, format, language: settings.language };
      const data = await renderReportData(report, input);
      const fileName = reportFileName(input);
      writeFileAtomic(join(folder.path, fileName), data);
      files.push(fileName);
    }
    return done(null, null);
  } catch (error) {
    return done(problemOf(error), error instanceof Error ? error.message.slice(0, 500) : String(error).slice(0, 500));
  }
};
