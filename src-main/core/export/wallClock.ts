import { TZDate } from '@date-fns/tz';

/**
 * An instant as the workspace's wall-clock time, in a Date whose UTC fields hold it: spreadsheets
 * have no time zones, so a cell shows what the table showed.
 */
export const wallClock = (epochMs: number, timeZone: string): Date => {
  const local = new TZDate(epochMs, timeZone);
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ),
  );
};
