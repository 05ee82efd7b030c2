import type {
  CallLead,
  ImportMapping,
  ImportRowIssue,
  ImportSummary,
  UnknownCallNumber,
} from '@shared/contract/schemas/imports';
import { templateColumns } from '@shared/domain/import/templateColumns';
import type { CountryCode } from 'libphonenumber-js/min';
import { statSync } from 'node:fs';
import { v7 as uuidv7 } from 'uuid';
import type { HandlerContext } from '../../HandlerContext';
import { prepare } from '../../db/sql';
import { createStepper } from '../../createLongWrite';
import { DomainError } from '../../DomainError';
import { getSettings } from '../settings/settings.service';
import { applyImportRecord } from './applyImportRecord';
import { makeCustomersOfWins } from '../customers/makeCustomersOfWins';
import { createImportJournal } from './createImportJournal';
import { createImportSession, type ImportSession, type Outcome } from './createImportSession';
import { createCallApplier } from './createCallApplier';
import { createLeadApplier } from './createLeadApplier';
import { dealPlan } from './dealPlan';
import { countCsvRecords } from './countCsvRecords';
import { importFileError } from './ImportFileError';
import type { ImportTable } from './ImportTable';
import type { ImportRecord } from './ImportRecord';
import { headerIndexOf, readImportRecords } from './readImportRecords';
import { readImportTable, type ImportSource } from './readImportTable';
import { DEFER_SEARCH_FROM } from '../../search/searchBacklog';
import { type RecordsReader, startRecordsThread } from './recordsInWorker';
import { spawnWorkerThread } from '../../spawnWorkerThread';

/** Warnings kept in a summary; the count says how many there were in all. */
export const MAX_LISTED_WARNINGS = 5_000;
/** Rows one import takes; a larger file is refused before anything is written. */
export const MAX_IMPORT_ROWS = 1_000_000;
/**
 * A CSV of this many bytes or more (some 10,000 rows) is parsed and read in a thread of its own
 * while this one writes; a smaller one is read here (the thread's start-up would cost more).
 */
export const READ_IN_THREAD_FROM = 1024 * 1024;

export type ImportRequest = {
  source: ImportSource;
  fileName: string;
  mapping: ImportMapping;
  dryRun: boolean;
  /** A call log's unknown numbers to make leads of first. */
  newLeads?: readonly CallLead[];
  /**
   * Called as rows are read (total unknown yet), then as they are checked (a dry run) or written,
   * at most every PROGRESS_MS and at each phase's end (for a progress bar).
   */
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between rows: true stops the import with nothing written. */
  cancelled?: () => boolean;
  /** The smallest file whose new records are searchable only after the catch-up (DEFER_SEARCH_FROM unless given). */
  deferSearchFrom?: number;
  /** The smallest CSV (in bytes) read in a thread of its own (READ_IN_THREAD_FROM unless given). */
  readInThreadFrom?: number;
};

export type ImportProgress = { phase: 'reading' | 'checking' | 'writing'; done: number; total: number | null };

/** How often progress is reported: often enough for a moving bar, rare enough to cost nothing. */
const PROGRESS_MS = 100;

type ProgressReport = (progress: ImportProgress, final?: boolean) => void;

/** Reports progress at most every PROGRESS_MS (and always when `final`). */
const progressReporter = (onProgress: ImportRequest['onProgress']): ProgressReport => {
  let last = 0;
  return (progress: ImportProgress, final = false) => {
    if (!onProgress) return;
    const now = performance.now();
    if (!final && now - last < PROGRESS_MS) return;
    last = now;
    onProgress(progress);
  };
};

/** Thrown inside the transaction of a dry run: everything it wrote rolls back. */
class DryRunRollback extends Error {}

const cancelled = () => new DomainError('CANCELLED', 'The import was cancelled', { reason: 'import_cancelled' });

const tooManyRows = () =>
  importFileError('too_many_rows', 'The file has more rows than one import takes', { limit: MAX_IMPORT_ROWS });

/** The rows of a table counted by reading them all (a workbook, a UTF-16 text), nothing kept. */
const countTableRows = async (table: ImportTable, request: ImportRequest, report: ProgressReport) => {
  const step = createStepper();
  let rows = 0;
  for await (const _row of table.rows) {
    rows += 1;
    if (rows > MAX_IMPORT_ROWS) throw tooManyRows();
    if (request.cancelled?.()) throw cancelled();
    if (rows % 256 === 0) {
      report({ phase: 'reading', done: rows, total: null });
      // Parsed rows arrive as microtasks: without this the count would hold the event loop.
      await step();
    }
  }
  return rows;
};

/** The file opened as a table, its columns checked against the mapping. */
const openTable = async (request: ImportRequest): Promise<ImportTable> => {
  const table = await readImportTable(request.source);
  const headerIndex = headerIndexOf(table.headers);
  const wanted = [
    ...Object.values(request.mapping.columns).flatMap(templateColumns),
    ...request.mapping.history.map((step) => step.column),
    ...Object.keys(request.mapping.known),
  ];
  for (const column of wanted) {
    if (!headerIndex.has(column.trim())) {
      table.close();
      throw importFileError('column_missing', `The file has no column "${column}"`, { column });
    }
  }
  return table;
};

/**
 * The first pass: the file's rows counted, streaming, nothing kept (so a progress bar has its
 * total and a million-row file its bounded memory). A CSV whose separators and line breaks are
 * single bytes is counted from its bytes (`countCsvRecords`), not parsed: it is parsed once, as
 * it is written.
 */
const countRows = async (request: ImportRequest, table: ImportTable, report: ProgressReport) => {
  const byteCounted = table.format === 'csv' && table.delimiter !== null && !table.encoding?.startsWith('utf-16');
  const rows = byteCounted
    ? await countCsvRecords(
        request.source,
        table.delimiter ?? ',',
        createStepper(),
        () => request.cancelled?.() === true,
      )
    : await countTableRows(await readImportTable(request.source), request, report);
  if (request.cancelled?.()) throw cancelled();
  if (rows > MAX_IMPORT_ROWS) throw tooManyRows();
  report({ phase: 'reading', done: rows, total: null }, true);
  return rows;
};

const sourceBytes = (source: ImportSource): number =>
  'bytes' in source ? source.bytes.byteLength : statSync(source.path).size;

/**
 * The second pass's records: the file's rows, each read through the mapping as the write takes
 * it. A large CSV's are read in a thread of its own (`startRecordsThread`), started now so its
 * start-up overlaps the first pass; the table opened here gives the first records while the
 * thread starts, and is closed once it has posted its first. A workbook is read here:
 * ExcelJS loads it whole before its first row, so a thread would only load it twice. `stop`:
 * the reading ended, however the import did.
 */
const recordsReader = (ctx: HandlerContext, request: ImportRequest, table: ImportTable): RecordsReader => {
  const country = getSettings(ctx.db)['workspace.phoneCountry'] as CountryCode;
  if (table.format !== 'csv' || sourceBytes(request.source) < (request.readInThreadFrom ?? READ_IN_THREAD_FROM)) {
    return { records: readImportRecords(table, request.mapping, country), stop: async () => table.close() };
  }
  return startRecordsThread({ source: request.source, mapping: request.mapping, country }, spawnWorkerThread, {
    records: readImportRecords(table, request.mapping, country),
    close: () => table.close(),
  });
};

/** The rows' warnings: the first MAX_LISTED_WARNINGS kept for the summary, all of them counted. */
const createWarnings = () => {
  const listed: ImportRowIssue[] = [];
  let count = 0;
  return {
    note(record: ImportRecord) {
      count += record.issues.length;
      for (const issue of record.issues) {
        if (listed.length < MAX_LISTED_WARNINGS) listed.push({ line: record.line, ...issue });
      }
    },
    listed: () => listed,
    count: () => count,
  };
};

/**
 * How the import's target takes each record: calls and web leads through their own paths, other
 * records as rows of their table.
 */
const recordApplier = (ctx: HandlerContext, session: ImportSession, request: ImportRequest) => {
  const { mapping } = session;
  if (mapping.entity === 'calls') {
    const calls = createCallApplier(ctx, session, dealPlan(ctx.db, mapping), request.newLeads ?? []);
    return { apply: calls.apply, leadIssues: calls.leadIssues, unknownNumbers: calls.unknownNumbers };
  }
  const apply: (record: ImportRecord) => Outcome =
    mapping.entity === 'leads'
      ? createLeadApplier(ctx, session, dealPlan(ctx.db, mapping))
      : (
          (plan) => (record: ImportRecord) =>
            applyImportRecord(session, plan, record)
        )(mapping.entity === 'deals' ? dealPlan(ctx.db, mapping) : null);
  return { apply, leadIssues: (): ImportRowIssue[] => [], unknownNumbers: (): UnknownCallNumber[] => [] };
};

/**
 * An import, all or nothing: the file is read through the mapping, then every record is written
 * in one transaction through the one write path and noted in the import log. A dry run does the
 * same writes and rolls them back, so its counts and warnings are exactly what the import would do.
 */
export const runImport = async (ctx: HandlerContext, request: ImportRequest): Promise<ImportSummary> => {
  const table = await openTable(request);
  const reader = recordsReader(ctx, request, table);
  try {
    return await importRecords(ctx, request, table, reader.records);
  } finally {
    await reader.stop();
  }
};

/** The import's two passes over the table: its rows counted, then its records written. */
const importRecords = async (
  ctx: HandlerContext,
  request: ImportRequest,
  table: ImportTable,
  records: AsyncIterable<ImportRecord>,
): Promise<ImportSummary> => {
  const report = progressReporter(request.onProgress);
  const total = await countRows(request, table, report);
  const warnings = createWarnings();
  let rows = 0;
  const phase = request.dryRun ? 'checking' : 'writing';
  const importId = uuidv7();
  const counts = { created: 0, updated: 0, skipped: 0 };
  let createdByTable: Record<string, number> = {};
  let leadIssues: ImportRowIssue[] = [];
  let unknownNumbers: UnknownCallNumber[] = [];
  const at = ctx.clock.now();
  try {
    // Written in steps inside one transaction: other calls are answered between steps, and a
    // cancel (or any failure) rolls the whole import back.
    await ctx.writeInSteps(async (writer, now, step) => {
      const mapping = request.mapping;
      prepare(
        ctx.db,
        `INSERT INTO imports (id, entity, file_name, mapping, rows, created, updated, skipped, warnings, actor_id, created_at)
         VALUES (?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?)`,
      ).run(importId, mapping.entity, request.fileName, JSON.stringify(mapping), total, ctx.actorId(), now);
      // Calls and leads fill in rows they made; records only when the file's duplicates update.
      const updatesOwnRows =
        mapping.entity === 'calls' || mapping.entity === 'leads' || mapping.dedupe.action === 'update';
      const journal = createImportJournal(ctx.db, writer, importId, updatesOwnRows);
      const session = createImportSession({
        db: ctx.db,
        journal,
        now,
        actorId: ctx.actorId(),
        settings: getSettings(ctx.db),
        mapping,
      });
      const applier = recordApplier(ctx, session, request);
      // The search index follows in batches: once per record and step, not once per write. A large
      // file's new records are searchable after the commit, when the search has caught up; a dry
      // run, rolled back, writes none of theirs.
      writer.batchSearch({
        deferFresh: request.dryRun || total >= (request.deferSearchFrom ?? DEFER_SEARCH_FROM),
      });
      // Read and written row by row: memory holds a row, not the file.
      for await (const record of records) {
        if (request.cancelled?.()) throw cancelled();
        counts[applier.apply(record)] += 1;
        warnings.note(record);
        rows += 1;
        // The first pass's count of a CSV is read from its bytes; this one is exact.
        if (rows > MAX_IMPORT_ROWS) throw tooManyRows();
        if (rows % 64 === 0) {
          writer.flushSearch();
          report({ phase, done: rows, total: Math.max(total, rows) });
        }
        // Checked often (it costs a clock read): a read waits a time slice at most, not 64 rows more.
        if (rows % 4 === 0) await step();
      }
      writer.flushSearch();
      report({ phase, done: rows, total: rows }, true);
      if (request.cancelled?.()) throw cancelled();
      // Companies of imported won deals become customers here, noted in the journal for undo.
      makeCustomersOfWins(ctx.db, writer, now, journal);
      journal.flush();
      createdByTable = journal.createdByTable;
      leadIssues = applier.leadIssues();
      unknownNumbers = applier.unknownNumbers();
      // The rows written (a file changed between the passes is taken as the second pass read it).
      prepare(
        ctx.db,
        'UPDATE imports SET rows = ?, created = ?, updated = ?, skipped = ?, warnings = ? WHERE id = ?',
      ).run(rows, counts.created, counts.updated, counts.skipped, warnings.count() + leadIssues.length, importId);
      if (request.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return {
    importId: request.dryRun ? null : importId,
    dryRun: request.dryRun,
    entity: request.mapping.entity,
    rows,
    ...counts,
    createdByTable,
    warnings: [...leadIssues, ...warnings.listed()].slice(0, MAX_LISTED_WARNINGS),
    warningCount: leadIssues.length + warnings.count(),
    encoding: table.encoding,
    delimiter: table.delimiter,
    at,
    unknownNumbers,
  };
};
