import { excelSerialToDate, parseImportDate, type ImportDate } from '../import/parseImportDate';

/** A call's start as a day and the seconds after its midnight (a log's times are to the second). */
export type CallTime = { date: ImportDate['date']; seconds: number };

const SECONDS = /\d{1,2}:\d{2}:(\d{2})(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/u;

/**
 * When a call began, as a PBX export writes it ("2026-12-01 09:15:42", "01.12.2026 9:15:42", an
 * Excel serial): the importer's date reading, with the seconds it drops kept, since two calls to
 * one number may start in the same minute. Null without a time of day: a call log has one.
 */
export const parseCallTime = (raw: string | number): CallTime | null => {
  const date = typeof raw === 'number' ? excelSerialToDate(raw) : parseImportDate(raw.replace(/\s+/gu, ' '));
  if (!date || date.minutes === null) return null;
  let seconds = 0;
  if (typeof raw === 'number') seconds = Math.floor(Math.round(raw * 86_400_000) / 1000) % 60;
  else seconds = Number(SECONDS.exec(raw.trim())?.[1] ?? 0);
  return { date: date.date, seconds: date.minutes * 60 + (seconds < 60 ? seconds : 0) };
};
