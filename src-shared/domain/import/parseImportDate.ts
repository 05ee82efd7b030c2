import type { CalendarDate } from '../calendarDate';

/** Excel's day 0 is 1899-12-30 (it counts the 29 February 1900 that never was). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials from 1 (1900-01-01) to 2958465 (9999-12-31); past that a number is no date. */
const MAX_SERIAL = 2_958_465;

export type ImportDate = {
  date: CalendarDate;
  /** minutes after midnight when the cell had a time */ minutes: number | null;
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const make = (year: number, month: number, day: number, minutes: number | null): ImportDate | null => {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, minutes };
};

const timeOf = (hours: string | undefined, minutes: string | undefined): number | null | undefined => {
  if (hours === undefined) return null;
  const h = Number(hours);
  const m = Number(minutes ?? 0);
  return h > 23 || m > 59 ? undefined : h * 60 + m;
};

/** A two-digit year is this century up to 69, the last one from 70 ("31.12.99" is 1999). */
const fullYear = (text: string): number => {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
};

const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::\d{2})?)?$/u;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;
const SERIAL = /^\d{1,7}(\.\d+)?$/u;
const MIN_TEXT_SERIAL = 10_000;

/** An Excel serial day number (what a date cell holds), with its time of day if it has one. */
export const excelSerialToDate = (serial: number): ImportDate | null => {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const ms = EXCEL_EPOCH_MS + Math.round(serial * DAY_MS);
  const at = new Date(ms);
  const minutes = at.getUTCHours() * 60 + at.getUTCMinutes();
  return make(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), serial % 1 === 0 ? null : minutes);
};

/**
 * A date as spreadsheets from Russia and elsewhere write it: `dd.mm.yyyy` (also with `/`, `-`
 * and two-digit years, day first as in Russia and Europe), ISO `yyyy-mm-dd` with an optional
 * time, or an Excel serial (45291 is 2023-12-31). Null when it is none of these or no real day
 * ("31.02.2024"). The time of an ISO value with a zone is read as written, not converted.
 */
export const parseImportDate = (raw: string): ImportDate | null => {
  const text = raw.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const minutes = timeOf(iso[4], iso[5]);
    return minutes === undefined ? null : make(Number(iso[1]), Number(iso[2]), Number(iso[3]), minutes);
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const minutes = timeOf(dayFirst[4], dayFirst[5]);
    if (minutes === undefined || dayFirst[3] === undefined) return null;
    return make(fullYear(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]), minutes);
  }
  // A short number ("2016", "12") is more likely a year or a count than a day of 1900-1927.
  if (SERIAL.test(text) && Number(text) >= MIN_TEXT_SERIAL) return excelSerialToDate(Number(text));
  return null;
};
