import type { ReminderState } from '@shared/domain/activities/dueReminders';
import { localRecord } from './localRecord';

/** Dismissed and snoozed reminders: a reminder dismissed stays dismissed after a reload or restart. */
export const reminderStorage = localRecord<ReminderState>('voronka.reminders');
