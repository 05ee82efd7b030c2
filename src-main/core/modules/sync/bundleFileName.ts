import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * `voronka-sync-<device>-2026-12-07-143005.vsync`: the workspace's wall-clock time, as the rep reads
 * the calendar (a UTC stamp showed Vladivostok tomorrow's date). Seconds keep two bundles from one
 * device a minute apart (everything, then one peer's) from taking the same name; no colons, so the
 * name is safe on every file system.
 */
export const bundleFileName = (deviceId: string, now: number, timeZone: string): string =>
  `voronka-sync-${deviceId.slice(0, 8)}-${format(new TZDate(now, timeZone), 'yyyy-MM-dd-HHmmss')}.vsync`;
