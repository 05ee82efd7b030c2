import { SETTING_DEFAULTS } from '@shared/contract/settingDefaults';
import type { CalendarDate } from '@shared/domain/calendarDate';
import { type DateFormatStyle, formatCalendarDate, formatInstant } from '@shared/i18n/formatDates';
import { useSettingsStore } from '../modules/settings/stores/settingsStore';
import { useLanguage } from './useLanguage';

export type DateFormat = {
  /** An instant, in the workspace time zone. */
  instant(epochMs: number, style?: DateFormatStyle): string;
  /** A calendar date (`YYYY-MM-DD`) as picked. */
  calendar(date: CalendarDate, style?: 'date' | 'dayMonth'): string;
  timeZone: string;
};

/** The date formats of the UI language and the workspace time zone; re-renders when either changes. */
export const useDateFormat = (): DateFormat => {
  const language = useLanguage();
  const timeZone = useSettingsStore(
    (state) => state.settings?.['workspace.timeZone'] ?? SETTING_DEFAULTS['workspace.timeZone'],
  );
  return {
    instant: (epochMs, style = 'date') => formatInstant(epochMs, style, language, timeZone),
    calendar: (date, style = 'date') => formatCalendarDate(date, language, style),
    timeZone,
  };
};
