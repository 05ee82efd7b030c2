import type { ReminderState } from '@shared/domain/activities/dueReminders';

const KEY = 'voronka.reminders';

/**
 * Dismissed and snoozed reminders, kept in the browser's storage so a reminder dismissed stays
 * dismissed after a reload or restart. Unreadable storage counts as none handled.
 */
export const reminderStorage = {
  read(): Record<string, ReminderState> {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, ReminderState>) : {};
    } catch {
      return {};
    }
  },
  write(handled: Record<string, ReminderState>): void {
    try {
      localStorage.setItem(KEY, JSON.stringify(handled));
    } catch {
      // Storage full or blocked: the reminder is handled for this session only.
    }
  },
};
