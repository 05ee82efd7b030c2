import { existsSync, readFileSync } from 'node:fs';
import type { HandlerContext } from '../HandlerContext';
import { readSchemaVersion } from '../db/migrateDatabase';
import { prepare } from '../db/sql';
import { errorLogPathFor } from './errorLogPathFor';

/** The tables whose sizes tell support what kind of workspace this is (counts only, no rows). */
const COUNTED = ['deals', 'companies', 'contacts', 'activities', 'users', 'custom_values', 'change_msgs'] as const;
const LOG_LINES = 50;

const lastLogLines = (dbPath: string): string[] => {
  if (dbPath === ':memory:') return [];
  const path = errorLogPathFor(dbPath);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').trimEnd().split('\n').filter(Boolean).slice(-LOG_LINES);
};

/**
 * What support needs to understand a problem, as plain text to paste: versions, the database's
 * size and schema, encryption on or off, row counts and the last error-log lines. Nothing in it
 * names a person or holds a value: the log itself carries only methods and codes, and the file's
 * folder is left out (it holds the user's account name).
 */
export const buildDiagnostics = (ctx: HandlerContext): { text: string } => {
  const { db } = ctx;
  const pageCount = db.sqlite.pragma('page_count', { simple: true }) as number;
  const pageSize = db.sqlite.pragma('page_size', { simple: true }) as number;
  const counts = COUNTED.map(
    (table) => `  ${table}: ${prepare(db, `SELECT count(*) FROM ${table}`).pluck().get() as number}`,
  );
  const versions = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  const log = lastLogLines(db.path);
  const lines = [
    `Voronka ${ctx.appVersion} (${ctx.platform})`,
    `OS: ${process.platform} ${process.arch}`,
    `Node ${versions.node}${versions.electron ? `, Electron ${versions.electron}` : ''}`,
    `Schema version: ${readSchemaVersion(db)}`,
    `Database: ${pageCount} pages × ${pageSize} B = ${((pageCount * pageSize) / 1024 / 1024).toFixed(1)} MB`,
    `Encryption: ${db.key === null ? 'off' : 'on'}`,
    'Rows:',
    ...counts,
    `Error log (last ${LOG_LINES} lines):`,
    ...(log.length > 0 ? log.map((line) => `  ${line}`) : ['  (empty)']),
  ];
  return { text: `${lines.join('\n')}\n` };
};
