import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * `<input type="datetime-local">` speaks `YYYY-MM-DDTHH:mm` with no zone; the app reads it in the
 * workspace time zone, so a back-dated call means the same moment on every device.
 */
export const dateTimeInput = {
  from(epochMs: number, timeZone: string): string {
    return format(new TZDate(epochMs, timeZone), "yyyy-MM-dd'T'HH:mm");
  },
  /** '' or an unreadable value → null. */
  to(text: string, timeZone: string): number | null {
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text.trim());
    if (!match) return null;
    const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
    const time = new TZDate(year, month - 1, day, hour, minute, timeZone).getTime();
    return Number.isFinite(time) ? time : null;
  },
};
