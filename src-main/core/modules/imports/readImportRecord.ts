import { type ImportMapping, isCustomImportField } from '@shared/contract/schemas/imports';
import { innIssue } from '@shared/domain/companyIdentifierIssues';
import { foldText } from '@shared/domain/foldText';
import { excelSerialToDate, parseImportDate, type ImportDate } from '@shared/domain/import/parseImportDate';
import { parseImportNumber } from '@shared/domain/import/parseImportNumber';
import { fillColumnTemplate } from '@shared/domain/import/templateColumns';
import { normalizeEmail } from '@shared/domain/normalizeEmail';
import { formatPhone } from '@shared/domain/normalizePhone';
import type { CountryCode } from 'libphonenumber-js/min';
import type { FieldValue, ImportRecord, RecordIssue } from './ImportRecord';
import type { ImportCell, ImportRow } from './ImportTable';

type FieldKind = 'text' | 'inn' | 'money' | 'date' | 'email' | 'phone' | 'currency' | 'ref' | 'raw';

const KINDS: Record<string, FieldKind> = {
  inn: 'inn',
  value: 'money',
  expectedClose: 'date',
  createdAt: 'date',
  closedAt: 'date',
  sentAt: 'date',
  email: 'email',
  phone: 'phone',
  currency: 'currency',
  stage: 'ref',
  status: 'ref',
  owner: 'ref',
  manager: 'ref',
  company: 'ref',
  contact: 'ref',
  source: 'ref',
  lossReason: 'ref',
  role: 'ref',
  size: 'ref',
  extension: 'ref',
  campaign: 'ref',
  // A call log's cells are read by the call importer, which knows their forms (to the second,
  // "02:05", "ANSWERED", a number without its "+"): passed on as written.
  callTime: 'raw',
  number: 'raw',
  caller: 'raw',
  callee: 'raw',
  direction: 'raw',
  duration: 'raw',
  answered: 'raw',
};

/** The longest text a field keeps; notes may be long, names and the like not. */
const maxLength = (field: string): number => (field === 'notes' ? 20_000 : field === 'message' ? 10_000 : 300);
/** What a spreadsheet would run as a formula if the text were exported back unneutralised. */
const FORMULA_LIKE = /^[=+\-@\t\r]/u;

/** Where each header sits, and how a field's column (or template of columns) is read. */
export type ColumnPlan = { headerIndex: Map<string, number> };

const cellText = (cell: ImportCell | undefined): string => {
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
};

/** A field's raw cell: its column's cell, or a template's columns filled in (`fillColumnTemplate`). */
const rawOf = (spec: string, cells: ImportCell[], plan: ColumnPlan): ImportCell => {
  if (!spec.includes('{')) return cells[plan.headerIndex.get(spec.trim()) ?? -1] ?? null;
  return fillColumnTemplate(spec, (name) => cellText(cells[plan.headerIndex.get(name.trim()) ?? -1]));
};

const readDate = (cell: ImportCell): ImportDate | null =>
  typeof cell === 'number' ? excelSerialToDate(cell) : parseImportDate(cellText(cell));

type Read = { value: FieldValue | null; issue: string | null };

const readValue = (field: string, cell: ImportCell, country: CountryCode): Read => {
  const text = cellText(cell);
  const kind = KINDS[field] ?? 'text';
  if (kind === 'money') {
    const value = typeof cell === 'number' ? cell : parseImportNumber(text);
    if (value === null) return { value: null, issue: 'number_unreadable' };
    if (value < 0) return { value: null, issue: 'number_negative' };
    return { value, issue: null };
  }
  if (kind === 'date') {
    const date = readDate(cell);
    return date ? { value: date, issue: null } : { value: null, issue: 'date_unreadable' };
  }
  if (kind === 'email') {
    const email = normalizeEmail(text);
    return email ? { value: email, issue: null } : { value: null, issue: 'email_invalid' };
  }
  if (kind === 'phone') {
    const phone = formatPhone(text, country);
    return phone ? { value: phone, issue: null } : { value: null, issue: 'phone_invalid' };
  }
  if (kind === 'inn') {
    const digits = text.replace(/\s/gu, '');
    return innIssue(digits) ? { value: null, issue: 'inn_invalid' } : { value: digits, issue: null };
  }
  if (kind === 'currency') {
    const code = text.toUpperCase();
    return /^[A-Z]{3}$/u.test(code) ? { value: code, issue: null } : { value: null, issue: 'currency_invalid' };
  }
  if (kind === 'raw') return { value: text.slice(0, 300), issue: null };
  if (text.length > maxLength(field)) return { value: text.slice(0, maxLength(field)), issue: 'text_truncated' };
  return { value: text, issue: kind === 'text' && FORMULA_LIKE.test(text) ? 'formula_like_text' : null };
};

/** The mapping's translation of a file value ("Won" → won in the contract stage), if it has one. */
const translate = (mapping: ImportMapping, field: string, text: string): FieldValue | undefined => {
  const table = mapping.values[field];
  if (!table) return undefined;
  const wanted = foldText(text);
  for (const [from, to] of Object.entries(table)) if (foldText(from) === wanted) return to;
  return undefined;
};

/**
 * One row through the mapping: each mapped field's cell parsed by its kind (numbers and dates
 * as Russian and English files write them, e-mails and phones normalised, INNs checked), the
 * mapping's value translations and defaults applied. A cell that cannot be read leaves its
 * field empty and becomes a warning on the row; nothing here throws.
 */
export const readImportRecord = (
  row: ImportRow,
  mapping: ImportMapping,
  plan: ColumnPlan,
  headers: readonly string[],
  country: CountryCode,
): ImportRecord => {
  const fields = new Map<string, FieldValue>();
  const issues: RecordIssue[] = [];
  if (row.cells.length !== headers.length) {
    issues.push({ field: null, reason: 'ragged_row', value: `${row.cells.length}/${headers.length}` });
  }
  for (const note of row.notes) {
    issues.push({ field: headers[note.column] ?? null, reason: note.reason, value: cellText(row.cells[note.column]) });
  }
  const fieldNames = new Set([...Object.keys(mapping.columns), ...Object.keys(mapping.defaults)]);
  for (const field of fieldNames) {
    const spec = mapping.columns[field];
    let cell = spec === undefined ? null : rawOf(spec, row.cells, plan);
    if (cellText(cell) === '' && mapping.defaults[field] !== undefined) cell = mapping.defaults[field] ?? null;
    const text = cellText(cell);
    if (text === '') continue;
    // A custom field's cell is read by its type when the record is written (the field's options
    // and currency are the database's); the mapping's value table may still translate it first.
    if (isCustomImportField(field)) {
      fields.set(field, translate(mapping, field, text) ?? text);
      continue;
    }
    const translated = translate(mapping, field, text);
    if (translated !== undefined && typeof translated !== 'string') {
      fields.set(field, translated);
      continue;
    }
    const read = readValue(field, translated ?? cell, country);
    if (read.issue) issues.push({ field, reason: read.issue, value: text });
    if (read.value !== null && read.value !== '') fields.set(field, read.value);
  }
  for (const [column, allowed] of Object.entries(mapping.known)) {
    const text = cellText(row.cells[plan.headerIndex.get(column) ?? -1]);
    if (text !== '' && !allowed.some((value) => foldText(value) === foldText(text))) {
      issues.push({ field: column, reason: 'unknown_value', value: text });
    }
  }
  const history = mapping.history.flatMap((step) => {
    const date = readDate(row.cells[plan.headerIndex.get(step.column) ?? -1] ?? null);
    return date ? [{ stage: step.stage, date }] : [];
  });
  return { line: row.line, fields, history, issues };
};
