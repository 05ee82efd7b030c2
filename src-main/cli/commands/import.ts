import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { importMappingSchema, type ImportSummary } from '@shared/contract/schemas/imports';
import { createBackend } from '../../core/createBackend';
import { DomainError } from '../../core/DomainError';
import { createTranslator } from '../../core/reports/createTranslator';
import { writeFileAtomic } from '../../core/reports/writeFileAtomic';
import { type CliCommand, type CliIo, processIo } from '../CliCommand';
import { databaseKeyFromEnv } from '../../core/db/encryption/databaseKeyFromEnv';
import { parseCommandArgs } from '../parseCommandArgs';
import { requireVoronkaFile } from '../requireVoronkaFile';
import { UsageError } from '../UsageError';

const USAGE = `Usage: voronka import --db PATH --file F --mapping M.json [--dry-run] [--lang ru|en]
         [--warnings FILE]

Imports a CSV (UTF-8 with or without BOM, Windows-1251; separated by , ; or TAB) or an XLSX
file into users, companies, contacts or deals, as the mapping file says: which column fills
which field, value translations (stages, owners, sources, loss reasons), defaults, stage
history columns, and what a duplicate (by INN, e-mail, phone, domain, name or title) does:
skip, update or create. All or nothing: one transaction, logged so the app can undo it.

  --db PATH        the database file (it must exist)
  --file F         the CSV or XLSX file
  --mapping M      the mapping (JSON; see examples/import/ in the repository)
  --dry-run        read and check everything, write nothing; print what would happen
  --warnings FILE  also write every per-row warning to FILE as CSV (line;field;reason;value)
  --lang ru|en     the language of messages (default ru)

Exit codes: 0 imported (or checked), 1 the file or the mapping could not be imported, 2 bad options.`;

const readMapping = (path: string) => {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--mapping: ${(error as Error).message}`);
  }
  const parsed = importMappingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--mapping: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return parsed.data;
};

const summaryLines = (summary: ImportSummary, lang: 'ru' | 'en'): string => {
  const t = createTranslator(lang);
  const byTable = Object.entries(summary.createdByTable)
    .map(([table, count]) => `${table} ${count}`)
    .join(', ');
  const counts = `rows ${summary.rows}, created ${summary.created}, updated ${summary.updated}, skipped ${summary.skipped}, warnings ${summary.warningCount}`;
  const head = summary.dryRun ? `Dry run (nothing written): ${counts}` : `Imported ${summary.importId}: ${counts}`;
  const first = summary.warnings
    .slice(0, 20)
    .map(
      (w) =>
        `  line ${w.line}${w.field ? ` ${w.field}` : ''}: ${t(`imports.warnings.${w.reason}`)}${w.value ? ` (${w.value})` : ''}`,
    );
  const more = summary.warningCount > first.length ? [`  … ${summary.warningCount - first.length} more`] : [];
  return [head, byTable ? `  written: ${byTable}` : '', ...first, ...more].filter(Boolean).join('\n') + '\n';
};

const warningsCsv = (summary: ImportSummary): string =>
  [
    'line;field;reason;value',
    ...summary.warnings.map((w) => [w.line, w.field ?? '', w.reason, (w.value ?? '').replaceAll(';', ',')].join(';')),
  ].join('\n') + '\n';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import a CSV or XLSX file through a mapping file (users, companies, contacts, deals)',
  usage: USAGE,
  async run(args: string[], io: CliIo = processIo): Promise<number> {
    const { values } = parseCommandArgs(args, {
      db: { type: 'string' },
      file: { type: 'string' },
      mapping: { type: 'string' },
      'dry-run': { type: 'boolean' },
      warnings: { type: 'string' },
      lang: { type: 'string' },
    });
    if (values.db === undefined) throw new UsageError('Missing --db PATH');
    if (values.file === undefined) throw new UsageError('Missing --file F');
    if (values.mapping === undefined) throw new UsageError('Missing --mapping M.json');
    if (values.lang !== undefined && values.lang !== 'ru' && values.lang !== 'en')
      throw new UsageError('--lang must be ru or en');
    const lang = (values.lang as 'ru' | 'en' | undefined) ?? 'ru';
    const dbPath = resolve(values.db);
    const file = resolve(values.file);
    requireVoronkaFile(dbPath);
    const mapping = readMapping(resolve(values.mapping));
    // Loaded on use: the CSV parser is needed by this command only.
    const { runImport } = await import('../../core/modules/imports/runImport');
    const backend = createBackend({ dbPath, platform: 'cli', key: databaseKeyFromEnv() });
    try {
      const summary = await backend.runLocal((ctx) =>
        runImport(ctx, {
          source: { path: file },
          fileName: basename(file),
          mapping,
          dryRun: values['dry-run'] === true,
        }),
      );
      io.out(summaryLines(summary, lang));
      // A large file's records get their search entries after its commit: the file is whole when the command ends.
      await backend.searchCaughtUp();
      if (values.warnings !== undefined) {
        writeFileAtomic(resolve(values.warnings), Buffer.from(`\uFEFF${warningsCsv(summary)}`, 'utf8'));
      }
    } catch (error) {
      const params = error instanceof DomainError ? (error.params ?? {}) : {};
      if (typeof params.reason === 'string' && params.reason.startsWith('import_')) {
        throw new Error(createTranslator(lang)(`imports.errors.${params.reason.slice('import_'.length)}`, params));
      }
      throw error;
    } finally {
      backend.close();
    }
    return 0;
  },
};
