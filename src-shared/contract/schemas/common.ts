import { z } from 'zod';
import { isCalendarDate } from '../../domain/calendarDate';

/** UUIDv7 made on the device (offline creation, sync). */
export const idSchema = z.uuid();
export const epochMsSchema = z.number().int().nonnegative();
/** A calendar day, 'YYYY-MM-DD': the same day in every time zone. */
export const calendarDateSchema = z.string().refine(isCalendarDate, { message: 'Expected a date as YYYY-MM-DD' });
/** ISO 4217 code; money is always integer minor units plus a currency. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/);
export const minorUnitsSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const emptyInputSchema = z.object({}).strict().default({});
export const nonEmptyTextSchema = (max: number) => z.string().trim().min(1).max(max);
export const optionalTextSchema = (max: number) => z.string().trim().max(max).nullable();
export const languageSchema = z.enum(['ru', 'en']);
export type Language = z.infer<typeof languageSchema>;
