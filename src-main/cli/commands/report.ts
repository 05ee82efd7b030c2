import { resolve } from 'node:path';
import type { Language } from '@shared/contract/schemas/common';
import type { KpiFilters } from '@shared/contract/schemas/kpi';
import {
  DATE_PATTERN,
  type KpiPeriod,
  MONTH_PATTERN,
  QUARTER_PATTERN,
  WEEK_PATTERN,
} from '@shared/domain/kpi/KpiPeriod';
import { localMidnight, periodRange } from '@shared/domain/kpi/periodRange';
import { displayName } from '@shared/i18n/displayName';
import { addDays } from 'date-fns';
import { createBackend } from '../../core/createBackend';
import type { Db } from '../../core/db/Db';
import { getSettings } from '../../core/modules/settings/settings.service';
import { createTranslator } from '../../core/reports/createTranslator';
import { exportReport, type ReportFormat } from '../../core/reports/exportReport';
import type { CsvSeparator } from '../../core/reports/renderCsv';
import { type CliCommand, type CliIo, processIo } from '../CliCommand';
import { databaseKeyFromEnv } from '../../core/db/encryption/databaseKeyFromEnv';
import { formatBytes } from '../formatBytes';
import { parseCommandArgs } from '../parseCommandArgs';
import { requireVoronkaFile } from '../requireVoronkaFile';
import { UsageError } from '../UsageError';

const USAGE = `Usage: voronka report --db PATH (--week YYYY-Www | --month YYYY-MM | --quarter YYYY-Qn |
         --from DATE --to DATE) [--as-of DATE] --format pdf|xlsx|csv|json --out FILE
         [--lang ru|en] [--owner NAME] [--team NAME] [--pipeline NAME] [--source NAME]
         [--segment NAME] [--separator ';'|',']

Writes the funnel report of a period against the previous one: every KPI, the charts (PDF),
the reps, loss reasons, campaigns, forecast, top open deals and largest losses. Weeks are ISO
weeks in the workspace time zone; --from and --to are inclusive dates. Made for cron or Task
Scheduler: the file is written to a temporary name and renamed, so a reader never sees half of it.

  --db PATH        the database file (it must exist)
  --week YYYY-Www  an ISO week, e.g. 2026-W48
  --month, --quarter, --from/--to   other periods
  --as-of DATE     the data as it stood at the end of that day (YYYY-MM-DD) or at an instant
                   (YYYY-MM-DDTHH:MM, workspace time zone); default: the end of the period,
                   or now while it runs — so last week's report regenerates identically
  --format F       pdf, xlsx, csv (UTF-8 with BOM) or json (the keys of DESIGN §6)
  --out FILE       where to write
  --lang ru|en     labels and number formats (default: the app's language, else ru)
  --owner NAME     only this rep's deals (the user's name, any case)
  --team NAME      only the deals and activities of this team's users (Settings → Team)
  --pipeline NAME  only this pipeline (its name as shown in the app, Russian or English)
  --source NAME    only this lead source
  --segment NAME   only companies of this segment
  --separator S    CSV field separator (default ; for ru, , for en)

Exit codes: 0 written, 1 failed, 2 bad options or names that match nothing.`;

const FORMATS: readonly ReportFormat[] = ['pdf', 'xlsx', 'csv', 'json'];

const separatorOf = (text: string | undefined): CsvSeparator | undefined => {
  if (text === undefined || text === ';' || text === ',') return text;
  throw new UsageError("--separator must be ';' or ','");
};

type Values = Partial<Record<'week' | 'month' | 'quarter' | 'from' | 'to', string>>;

const periodOf = (values: Values): KpiPeriod => {
  const given = (['week', 'month', 'quarter'] as const).filter((key) => values[key] !== undefined);
  const range = values.from !== undefined || values.to !== undefined;
  if (given.length + (range ? 1 : 0) !== 1) {
    throw new UsageError('Give exactly one period: --week, --month, --quarter, or --from with --to');
  }
  const check = (text: string, pattern: RegExp, what: string) => {
    if (!pattern.test(text)) throw new UsageError(`${what} must look like ${pattern.source.replaceAll('\\d', 'N')}`);
    return text;
  };
  if (values.week !== undefined) return { kind: 'week', week: check(values.week, WEEK_PATTERN, '--week') };
  if (values.month !== undefined) return { kind: 'month', month: check(values.month, MONTH_PATTERN, '--month') };
  if (values.quarter !== undefined)
    return { kind: 'quarter', quarter: check(values.quarter, QUARTER_PATTERN, '--quarter') };
  if (values.from === undefined || values.to === undefined) throw new UsageError('--from and --to go together');
  return {
    kind: 'custom',
    from: check(values.from, DATE_PATTERN, '--from'),
    to: check(values.to, DATE_PATTERN, '--to'),
  };
};

/** A date means the end of that day in the workspace zone; a date and time, that minute. */
const asOfOf = (text: string | undefined, timeZone: string): number | undefined => {
  if (text === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(text);
  if (!match) throw new UsageError('--as-of must be YYYY-MM-DD or YYYY-MM-DDTHH:MM');
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const midnight = localMidnight(year ?? 0, month ?? 0, day ?? 0, timeZone);
  if (match[4] === undefined) return addDays(midnight, 1).getTime() - 1;
  midnight.setHours(hour ?? 0, minute ?? 0);
  return midnight.getTime();
};

type NamedRow = { id: string; name: string | null; default_key: string | null };

/** The one row whose shown name (typed, or seeded in either language) matches, any case. */
const findByName = (
  db: Db,
  table: 'users' | 'teams' | 'pipelines' | 'lead_sources',
  flag: string,
  name: string,
): string => {
  const rows = db.sqlite
    .prepare(
      table === 'users' || table === 'teams'
        ? `SELECT id, name, NULL AS default_key FROM ${table} WHERE deleted_at IS NULL`
        : `SELECT id, name, default_key FROM ${table} WHERE deleted_at IS NULL`,
    )
    .all() as NamedRow[];
  const wanted = name.trim().toLocaleLowerCase();
  const translators = [createTranslator('ru'), createTranslator('en')];
  const matches = rows.filter((row) =>
    translators.some(
      (t) => displayName({ name: row.name, defaultKey: row.default_key }, t).toLocaleLowerCase() === wanted,
    ),
  );
  if (matches.length === 0) throw new UsageError(`No ${flag} named "${name}"`);
  if (matches.length > 1) throw new UsageError(`More than one ${flag} is named "${name}"`);
  return matches[0]?.id ?? '';
};

const filtersOf = (
  db: Db,
  values: Partial<Record<'owner' | 'team' | 'pipeline' | 'source' | 'segment', string>>,
): KpiFilters => ({
  ...(values.owner !== undefined ? { ownerId: findByName(db, 'users', '--owner', values.owner) } : {}),
  ...(values.team !== undefined ? { teamId: findByName(db, 'teams', '--team', values.team) } : {}),
  ...(values.pipeline !== undefined ? { pipelineId: findByName(db, 'pipelines', '--pipeline', values.pipeline) } : {}),
  ...(values.source !== undefined ? { sourceId: findByName(db, 'lead_sources', '--source', values.source) } : {}),
  ...(values.segment !== undefined ? { segment: values.segment } : {}),
});

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Write the funnel report of a week (or period) as PDF, XLSX, CSV or JSON',
  usage: USAGE,
  async run(args: string[], io: CliIo = processIo): Promise<number> {
    const { values } = parseCommandArgs(args, {
      db: { type: 'string' },
      week: { type: 'string' },
      month: { type: 'string' },
      quarter: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'as-of': { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      owner: { type: 'string' },
      team: { type: 'string' },
      pipeline: { type: 'string' },
      source: { type: 'string' },
      segment: { type: 'string' },
      separator: { type: 'string' },
    });
    if (values.db === undefined) throw new UsageError('Missing --db PATH');
    if (values.out === undefined) throw new UsageError('Missing --out FILE');
    const format = values.format as ReportFormat | undefined;
    if (format === undefined || !FORMATS.includes(format))
      throw new UsageError('--format must be pdf, xlsx, csv or json');
    if (values.lang !== undefined && values.lang !== 'ru' && values.lang !== 'en')
      throw new UsageError('--lang must be ru or en');
    const separator = separatorOf(values.separator);
    const period = periodOf(values);
    const dbPath = resolve(values.db);
    const out = resolve(values.out);
    requireVoronkaFile(dbPath);

    const backend = createBackend({ dbPath, platform: 'cli', key: databaseKeyFromEnv() });
    try {
      const settings = getSettings(backend.db);
      // A week 53 of a 52-week year, 31 February…: a usage error, said before any work.
      periodRange(period, settings['workspace.timeZone']);
      const language: Language = (values.lang as Language | undefined) ?? settings['ui.language'] ?? 'ru';
      const request = {
        period,
        filters: filtersOf(backend.db, values),
        asOf: asOfOf(values['as-of'], settings['workspace.timeZone']),
        format,
        language,
        separator,
      };
      const bytes = await exportReport(backend.db, request, out, Date.now());
      io.out(`Wrote ${out} (${formatBytes(bytes)})\n`);
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(error.message);
      throw error;
    } finally {
      backend.close();
    }
    return 0;
  },
};
