import { z } from 'zod';
import { isCalendarDate } from '../../domain/calendarDate';

/** UUIDv7 made on the device (offline creation, sync). */
export const idSchema = z.uuid();
export const epochMsSchema = z.number().int().nonnegative();
/** A calendar day, 'YYYY-MM-DD': the same day in every time zone. */
export const calendarDateSchema = z.string().refine(isCalendarDate, { message: 'Expected a date as YYYY-MM-DD' });
/** ISO 4217 code; money is always integer minor units plus a currency. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/);
/**
 * A money amount's cap: 10^13 minor units (100 billion roubles with kopecks, 10 trillion yen).
 * Far above any real B2B deal, and low enough that 900 deals at the cap still sum exactly in a
 * JavaScript number (2^53 ≈ 9.007 × 10^15) and 900 000 of them in SQLite's 64-bit SUM.
 */
export const MAX_MINOR_UNITS = 10_000_000_000_000;
export const minorUnitsSchema = z.number().int().min(0).max(MAX_MINOR_UNITS);
export const emptyInputSchema = z.object({}).strict().default({});
export const nonEmptyTextSchema = (max: number) => z.string().trim().min(1).max(max);
/** A company's name: the company form's rule, also for a company made inline with a deal. */
export const companyNameSchema = nonEmptyTextSchema(300);
export const optionalTextSchema = (max: number) => z.string().trim().max(max).nullable();
export const languageSchema = z.enum(['ru', 'en']);
export type Language = z.infer<typeof languageSchema>;
